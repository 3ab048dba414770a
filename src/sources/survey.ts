import {RegisterSpec, RowError} from './register-spec'
import {RowReader} from './fields'
import {jakartaFields, parseTimestamp, utcIso} from './timestamps'

/** A satisfaction survey answer about one agent (CONTRACT §3.4), scores 1–5. */
export interface SurveyRecord extends Record<string, unknown> {
  response_id: string
  agent: string
  respondent: string
  submitted_at: string
  period: string
  kepuasan_layanan: number
  substansi_jawaban: number
}

export const SURVEY_FIELDS = ['response_id', 'agent', 'respondent', 'submitted_at', 'kepuasan_layanan', 'substansi_jawaban']

function validateSurvey(raw: Record<string, string | undefined>): {record?: SurveyRecord; errors: RowError[]} {
  const r = new RowReader(raw)
  const id = r.required('response_id', 191)
  const agent = r.required('agent', 191)
  const respondent = r.required('respondent', 255)
  const when = r.required('submitted_at')
  const at = when === undefined ? undefined : parseTimestamp(when)
  if (at && !at.ok) r.fail('submitted_at', at.reason)
  const kepuasan = r.integer('kepuasan_layanan', 1, 5)
  const substansi = r.integer('substansi_jawaban', 1, 5)
  if (r.errors.length || !id || !agent || !respondent || !at?.ok || kepuasan === undefined || substansi === undefined)
    return {errors: r.errors}
  return {
    errors: [],
    record: {
      response_id: id,
      agent,
      respondent,
      submitted_at: utcIso(at.at),
      period: jakartaFields(at.at).period,
      kepuasan_layanan: kepuasan,
      substansi_jawaban: substansi,
    },
  }
}

export const surveySpec: RegisterSpec<SurveyRecord> = {
  register: 'survey',
  table: 'survey_responses',
  key: 'response_id',
  validate: (raw) => validateSurvey(raw),
}

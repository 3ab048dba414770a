import {BulkMode} from '../store/dialect'
import {Store} from '../store/store'
import {chatbotSpec, CHATBOT_FIELDS} from './chatbot'
import {RegisterSpec} from './register-spec'
import {faqHeaderRules, faqSpec} from './faq'
import {FileKind, readRegisterFile} from './files'
import {HeaderRules} from './header'
import {importRegisterRows, RegisterImportSummary} from './import-register'
import {rejectsPathFor} from './rejects-path'
import {rosterSpec, ROSTER_FIELDS, ROSTER_REQUIRED} from './roster'
import {surveySpec, SURVEY_FIELDS} from './survey'
import {FileImportOptions, TICKET_FIELDS, TICKET_REQUIRED, ticketSpec} from './tickets'
import {viconSpec, VICON_FIELDS, visitSpec, VISIT_FIELDS} from './visits'

export type RegisterName = 'faq' | 'tickets' | 'roster' | 'survey' | 'chatbot' | 'visits' | 'vicon'

interface RegisterSource {
  spec: RegisterSpec<any>
  rules(): HeaderRules
  allow: FileKind[]
}

const all = (fields: string[]): HeaderRules => ({required: fields.filter((f) => !['topics', 'topic'].includes(f)), known: fields})

/** Each register: how its rows validate, which header it needs, which file kinds it reads. */
export const REGISTERS: Record<RegisterName, RegisterSource> = {
  faq: {spec: faqSpec, rules: faqHeaderRules, allow: ['xlsx', 'csv']},
  tickets: {spec: ticketSpec, rules: () => ({required: [...TICKET_REQUIRED], known: [...TICKET_FIELDS]}), allow: ['csv', 'jsonl']},
  roster: {spec: rosterSpec, rules: () => ({required: ROSTER_REQUIRED, known: ROSTER_FIELDS}), allow: ['csv', 'jsonl']},
  survey: {spec: surveySpec, rules: () => all(SURVEY_FIELDS), allow: ['csv', 'jsonl']},
  chatbot: {spec: chatbotSpec, rules: () => all(CHATBOT_FIELDS), allow: ['csv', 'jsonl']},
  visits: {spec: visitSpec, rules: () => all(VISIT_FIELDS), allow: ['csv', 'jsonl']},
  vicon: {spec: viconSpec, rules: () => all(VICON_FIELDS), allow: ['csv', 'jsonl']},
}

/** An import whose file has passed the structural checks; `run` loads it. */
export interface PreparedImport {
  source: string
  run(progress?: FileImportOptions['progress']): Promise<RegisterImportSummary>
}

/** Open and check a register file (InputError, exit 2, for structural problems); nothing loads until `run`. */
export async function prepareRegisterImport(
  store: Store,
  register: RegisterName,
  file: string,
  opts: {sheet?: string; rejectsFile?: string; bulk?: BulkMode} = {},
): Promise<PreparedImport> {
  const r = REGISTERS[register]
  const input = await readRegisterFile(file, {...r.rules(), allow: r.allow, sheet: opts.sheet})
  const rejectsFile = opts.rejectsFile ?? (await rejectsPathFor(store, r.spec.register))
  return {
    source: input.source,
    run: (progress) =>
      importRegisterRows(store, r.spec, input.rows, {
        source: input.source,
        rejectsFile,
        progress,
        offThread: input.offThread,
        bulk: opts.bulk,
      }),
  }
}

/** Import one register file (CONTRACT §3); structural problems throw InputError before anything loads. */
export async function importRegisterFile(
  store: Store,
  register: RegisterName,
  file: string,
  opts: FileImportOptions & {sheet?: string} = {},
): Promise<RegisterImportSummary> {
  return (await prepareRegisterImport(store, register, file, opts)).run(opts.progress)
}

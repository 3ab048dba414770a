import {RegisterSpec, RowError} from './register-spec'
import {RowReader} from './fields'
import {loadRegionIndex, resolveRegion} from './regions'
import {parseDate} from './timestamps'

/** A face-to-face consultation (konsultasi tatap muka) at DJPK. */
export interface VisitRecord extends Record<string, unknown> {
  visit_id: string
  date: string
  period: string
  region: string
  province: string | null
  zone: string | null
  topics: string | null
  guests: number
}

/** A video conference held for a region. */
export interface ViconRecord extends Record<string, unknown> {
  vicon_id: string
  date: string
  period: string
  region: string
  province: string | null
  zone: string | null
  topic: string | null
}

export const VISIT_FIELDS = ['visit_id', 'date', 'region', 'topics', 'guests']
export const VICON_FIELDS = ['vicon_id', 'date', 'region', 'topic']

function dated(r: RowReader): string | undefined {
  const t = r.required('date')
  if (t === undefined) return undefined
  const d = parseDate(t)
  return d.ok ? d.date : r.fail('date', d.reason)
}

function validateVisit(raw: Record<string, string | undefined>): {record?: VisitRecord; errors: RowError[]} {
  const r = new RowReader(raw)
  const id = r.required('visit_id', 191)
  const date = dated(r)
  const region = r.required('region', 255)
  const topics = r.optional('topics')
  const guests = r.integer('guests', 0, 100000)
  if (r.errors.length || !id || !date || !region || guests === undefined) return {errors: r.errors}
  const place = resolveRegion(region)
  return {
    errors: [],
    record: {
      visit_id: id,
      date,
      period: date.slice(0, 7),
      region,
      province: place?.province ?? null,
      zone: place?.zone ?? null,
      topics,
      guests,
    },
  }
}

function validateVicon(raw: Record<string, string | undefined>): {record?: ViconRecord; errors: RowError[]} {
  const r = new RowReader(raw)
  const id = r.required('vicon_id', 191)
  const date = dated(r)
  const region = r.required('region', 255)
  const topic = r.optional('topic', 128)
  if (r.errors.length || !id || !date || !region) return {errors: r.errors}
  const place = resolveRegion(region)
  return {
    errors: [],
    record: {vicon_id: id, date, period: date.slice(0, 7), region, province: place?.province ?? null, zone: place?.zone ?? null, topic},
  }
}

export const visitSpec: RegisterSpec<VisitRecord> = {
  register: 'visits',
  table: 'visits',
  key: 'visit_id',
  validate: (raw) => validateVisit(raw),
  prepare: loadRegionIndex,
}
export const viconSpec: RegisterSpec<ViconRecord> = {
  register: 'vicon',
  table: 'vicons',
  key: 'vicon_id',
  validate: (raw) => validateVicon(raw),
  prepare: loadRegionIndex,
}

import {DateTime} from 'luxon'
import {msg} from '../i18n'

/**
 * Asia/Jakarta as luxon's fixed UTC+7: Jakarta has kept +07:00 without daylight saving since 1964, so
 * the two agree on every date a register holds, and the fixed zone avoids an Intl look-up per row
 * (several times faster on a million tickets).
 */
export const SERVICE_ZONE = 'UTC+7'

export type Parsed = {ok: true; at: DateTime} | {ok: false; reason: string}

const DMY = /^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}/
const HAS_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/

/**
 * An ISO 8601 timestamp; one without an offset is Asia/Jakarta wall-clock time (CONTRACT §3).
 * `YYYY-MM-DD HH:mm[:ss]` (a space for the T, as databases export) is accepted too.
 */
export function parseTimestamp(text: string, opts: {dateOnly?: boolean} = {}): Parsed {
  const t = text.trim()
  if (DMY.test(t)) return {ok: false, reason: msg().rejects.dayMonthYear({value: t})}
  if (!opts.dateOnly && !HAS_TIME.test(t)) return {ok: false, reason: msg().rejects.noTime({value: t})}
  const iso = t.replace(/^(\d{4}-\d{2}-\d{2}) (\d)/, '$1T$2')
  const at = DateTime.fromISO(iso, {zone: SERVICE_ZONE, setZone: false})
  if (!at.isValid)
    return {
      ok: false,
      reason: msg().rejects.invalidDate({
        value: t,
        dateOnly: Boolean(opts.dateOnly),
        why: String(at.invalidExplanation ?? at.invalidReason),
      }),
    }
  return {ok: true, at: at.setZone(SERVICE_ZONE)}
}

/** A calendar date YYYY-MM-DD (a timestamp is accepted and read on Jakarta's calendar). */
export function parseDate(text: string): {ok: true; date: string} | {ok: false; reason: string} {
  const p = parseTimestamp(text, {dateOnly: true})
  return p.ok ? {ok: true, date: p.at.toFormat('yyyy-MM-dd')} : p
}

/** The UTC instant as stored: ISO 8601 with Z, milliseconds only when present. */
export function utcIso(at: DateTime): string {
  return at.toUTC().toISO({suppressMilliseconds: true})!
}

/** The Jakarta wall-clock fields a ticket stores so reports group by the service's own calendar. */
export function jakartaFields(at: DateTime): {local: string; period: string; date: string; weekday: number; minute: number} {
  const j = at.setZone(SERVICE_ZONE)
  return {
    local: j.toFormat('yyyy-MM-dd HH:mm:ss'),
    period: j.toFormat('yyyy-MM'),
    date: j.toFormat('yyyy-MM-dd'),
    weekday: j.weekday,
    minute: j.hour * 60 + j.minute,
  }
}

/** Jakarta's fixed offset from UTC, in milliseconds (see SERVICE_ZONE). */
const JAKARTA_MS = 7 * 3_600_000
/** The shapes registers actually hold; anything else (or anything out of range) goes through luxon. */
const COMMON_ISO = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|[+-]\d{2}:\d{2})?$/

/**
 * An instant as epoch milliseconds, parsed like `parseTimestamp`. A million-row import spends most of
 * its time in luxon otherwise: the common ISO shapes are read by hand here, with luxon's own rules
 * (no offset = Jakarta; a fraction is floored to milliseconds), and every other text falls back to
 * `parseTimestamp`, so results and error messages are the same.
 */
export function parseInstant(text: string): {ok: true; ms: number} | {ok: false; reason: string} {
  const m = COMMON_ISO.exec(text)
  if (m) {
    const [y, mo, d, h, mi] = [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5])]
    const s = m[6] === undefined ? 0 : Number(m[6])
    const ms = m[7] === undefined ? 0 : Math.floor(Number.parseFloat(`0.${m[7]}`) * 1000)
    let offset = JAKARTA_MS
    let offsetOk = true
    if (m[8] === 'Z') offset = 0
    else if (m[8] !== undefined) {
      const oh = Number(m[8].slice(1, 3))
      const om = Number(m[8].slice(4, 6))
      offsetOk = oh <= 14 && om <= 59
      offset = (m[8][0] === '-' ? -1 : 1) * (oh * 3_600_000 + om * 60_000)
    }
    const wall = Date.UTC(y, mo - 1, d, h, mi, s, ms)
    const back = new Date(wall)
    if (
      offsetOk &&
      y >= 1900 &&
      y < 9999 &&
      h <= 23 &&
      mi <= 59 &&
      s <= 59 &&
      back.getUTCFullYear() === y &&
      back.getUTCMonth() === mo - 1 &&
      back.getUTCDate() === d
    ) {
      return {ok: true, ms: wall - offset}
    }
  }
  const p = parseTimestamp(text)
  return p.ok ? {ok: true, ms: p.at.toMillis()} : p
}

/** Instants whose ISO text Date and luxon write alike; luxon formats the rest. */
const FAST_FROM = Date.UTC(1900, 0, 1)
const FAST_TO = Date.UTC(9998, 11, 31)
const DAY_MS = 86_400_000
/** "00" to "59": the time of day is put together from these rather than cut from a Date's ISO text. */
const TWO = Array.from({length: 60}, (_, n) => String(n).padStart(2, '0'))

/** A calendar day's own fields (day number since the epoch): kept for the last day seen. */
interface DayFields {
  day: number
  date: string
  period: string
  weekday: number
}

/**
 * The fields of day `day`, from `last` when it is that day. Registers come roughly in time order,
 * so consecutive rows share a day: a million-row import formats a few thousand days rather than a
 * Date per row, and the rows of a day share one date and period text.
 */
function dayFields(day: number, last: DayFields): DayFields {
  if (day === last.day) return last
  const d = new Date(day * DAY_MS)
  const date = d.toISOString().slice(0, 10)
  return {day, date, period: date.slice(0, 7), weekday: ((d.getUTCDay() + 6) % 7) + 1}
}

/** The time of day `HH:mm:ss` of `inDay` milliseconds since midnight. */
function timeOfDay(inDay: number): string {
  const seconds = Math.floor(inDay / 1000)
  return `${TWO[Math.floor(seconds / 3600)]}:${TWO[Math.floor(seconds / 60) % 60]}:${TWO[seconds % 60]}`
}

let lastUtc: DayFields = {day: NaN, date: '', period: '', weekday: 0}
let lastLocal: DayFields = lastUtc

/** `utcIso` of epoch milliseconds. */
export function utcIsoMs(ms: number): string {
  if (ms < FAST_FROM || ms > FAST_TO) return utcIso(DateTime.fromMillis(ms, {zone: SERVICE_ZONE}))
  const day = Math.floor(ms / DAY_MS)
  lastUtc = dayFields(day, lastUtc)
  const inDay = ms - day * DAY_MS
  const millis = inDay % 1000
  return `${lastUtc.date}T${timeOfDay(inDay)}${millis ? `.${String(millis).padStart(3, '0')}` : ''}Z`
}

/** `jakartaFields` of epoch milliseconds. */
export function jakartaFieldsMs(ms: number): {local: string; period: string; date: string; weekday: number; minute: number} {
  if (ms < FAST_FROM || ms > FAST_TO) return jakartaFields(DateTime.fromMillis(ms, {zone: SERVICE_ZONE}))
  const wall = ms + JAKARTA_MS
  const day = Math.floor(wall / DAY_MS)
  lastLocal = dayFields(day, lastLocal)
  const inDay = wall - day * DAY_MS
  return {
    local: `${lastLocal.date} ${timeOfDay(inDay)}`,
    period: lastLocal.period,
    date: lastLocal.date,
    weekday: lastLocal.weekday,
    minute: Math.floor(inDay / 60_000),
  }
}

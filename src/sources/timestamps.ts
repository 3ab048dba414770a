import {DateTime} from 'luxon'

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
  if (DMY.test(t)) return {ok: false, reason: `"${t}" looks like day/month/year; write timestamps in ISO 8601, e.g. 2025-02-03T08:15:00+07:00`}
  if (!opts.dateOnly && !HAS_TIME.test(t)) return {ok: false, reason: `"${t}" is not an ISO 8601 timestamp with a time, e.g. 2025-02-03T08:15:00+07:00`}
  const iso = t.replace(/^(\d{4}-\d{2}-\d{2}) (\d)/, '$1T$2')
  const at = DateTime.fromISO(iso, {zone: SERVICE_ZONE, setZone: false})
  if (!at.isValid) return {ok: false, reason: `"${t}" is not a valid ISO 8601 ${opts.dateOnly ? 'date' : 'timestamp'} (${at.invalidExplanation ?? at.invalidReason}); e.g. ${opts.dateOnly ? '2025-02-03' : '2025-02-03T08:15:00+07:00'}`}
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
  return {local: j.toFormat('yyyy-MM-dd HH:mm:ss'), period: j.toFormat('yyyy-MM'), date: j.toFormat('yyyy-MM-dd'), weekday: j.weekday, minute: j.hour * 60 + j.minute}
}

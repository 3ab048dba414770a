import {Knex} from 'knex'
import {EXIT, UserError} from '../errors'
import {msg} from '../i18n'
import {dialectOf} from '../store/dialect'
import {CALENDAR_FIRST, CALENDAR_LAST} from '../store/migrations/2025-03-01-00-40-metrics-calendar'
import {checkRange, PeriodRange} from './range'
import {SATISFACTION_MINIMUM, serviceRules, ServiceRules} from './rules'

/** One figure of CONTRACT §6: `dimension` is '' for metrics without one. */
export interface MetricRow {
  period: string
  metric: string
  dimension: string
  value: number
}

/** Every metric of CONTRACT §6, in the order rows are listed within a period. */
export const METRICS = [
  'tickets.total',
  'tickets.channel',
  'tickets.requester_type',
  'tickets.topic',
  'tickets.zone',
  'tickets.zone_unknown',
  'tickets.outside_hours',
  'tickets.outside_hours_zone',
  'tickets.outside_hours_escalated',
  'escalations.total',
  'escalations.unit',
  'escalations.score_avg',
  'escalations.unanswered',
  'satisfaction.avg',
  'satisfaction.responses',
  'satisfaction.respondents',
  'satisfaction.below_minimum',
  'chatbot.sessions',
  'chatbot.menu',
  'visits.total',
  'visits.guests',
  'vicon.total',
] as const
export type MetricName = (typeof METRICS)[number]

interface Group {
  period: string
  dim: string
  [column: string]: unknown
}

/** Add up grouped sums per period (a handful of groups each): the month's totals. */
function sumByPeriod(groups: Group[], columns: string[]): Group[] {
  const out = new Map<string, Group>()
  for (const g of groups) {
    const t = out.get(g.period) ?? {period: g.period, dim: '', ...Object.fromEntries(columns.map((c) => [c, 0]))}
    for (const c of columns) t[c] = Number(t[c]) + Number(g[c])
    out.set(g.period, t)
  }
  return [...out.values()]
}

/** Add up grouped sums per period and one column's value (its `dim`; '' for null). */
function sumBy(groups: Group[], column: string, sums: string[]): Group[] {
  const out = new Map<string, Group>()
  for (const g of groups) {
    const dim = g[column] === null || g[column] === undefined ? '' : String(g[column])
    const key = `${g.period}\u0000${dim}`
    let t = out.get(key)
    if (!t) out.set(key, (t = {period: g.period, dim, ...Object.fromEntries(sums.map((c) => [c, 0]))}))
    for (const c of sums) t[c] = Number(t[c]) + Number(g[c])
  }
  return [...out.values()]
}

const list = (values: ReadonlyArray<unknown>): string => values.map(() => '?').join(', ')

/** SQL true when a ticket was created outside service hours, on a non-service day, or on a holiday. */
function outsideHours(rules: ServiceRules): {sql: string; bindings: unknown[]} {
  const parts = [`local_weekday NOT IN (${list(rules.days)})`, 'local_minute < ?', 'local_minute >= ?']
  const bindings: unknown[] = [...rules.days, rules.start, rules.end]
  if (rules.holidays.length) {
    parts.push(`local_date IN (${list(rules.holidays)})`)
    bindings.push(...rules.holidays)
  }
  return {sql: `(${parts.join(' OR ')})`, bindings}
}

/**
 * Each calendar day's running count of working days, so H+n is a difference of two look-ups.
 * A window over the calendar rather than a correlated count: MariaDB cannot range-scan a
 * subquery bounded by the outer row and would read the whole calendar per escalation.
 */
function workingDayIndex(rules: ServiceRules): {sql: string; bindings: unknown[]} {
  const holidays = rules.holidays.length ? ` AND day NOT IN (${list(rules.holidays)})` : ''
  return {
    sql: `SELECT day, SUM(CASE WHEN weekday IN (${list(rules.days)})${holidays} THEN 1 ELSE 0 END) OVER (ORDER BY day) AS idx FROM calendar`,
    bindings: [...rules.days, ...rules.holidays],
  }
}

function periodFilter(column: string, range: PeriodRange): {sql: string; bindings: string[]} {
  const parts: string[] = []
  const bindings: string[] = []
  if (range.from) {
    parts.push(`${column} >= ?`)
    bindings.push(range.from)
  }
  if (range.to) {
    parts.push(`${column} <= ?`)
    bindings.push(range.to)
  }
  return {sql: parts.length ? ` AND ${parts.join(' AND ')}` : '', bindings}
}

async function rows(knex: Knex, sql: string, bindings: unknown[]): Promise<Group[]> {
  const list = dialectOf(knex).rawRows<Group>(await knex.raw(sql, bindings as Knex.RawBinding[]))
  return list.map((r) => ({...r, period: String(r.period), dim: r.dim === null || r.dim === undefined ? '' : String(r.dim)}))
}

/**
 * Every metric of CONTRACT §6 for the months in `range`, aggregated by the store (GROUP BY); only
 * grouped counts and sums reach Node. Means are sums over counts divided here, so both dialects
 * give the same full-precision value.
 */
export async function computeMetrics(knex: Knex, range: PeriodRange = {}): Promise<MetricRow[]> {
  checkRange(range)
  const rules = serviceRules()
  const out: MetricRow[] = []
  const add = (metric: MetricName, groups: Group[], column: string, transform: (g: Group) => number = (g) => Number(g[column])) => {
    for (const g of groups) out.push({period: g.period, metric, dimension: g.dim, value: transform(g)})
  }
  const p = periodFilter('period', range)
  const ep = periodFilter('escalated_period', range)
  const outside = outsideHours(rules)
  // One pass over the dimensions index (tickets_dimensions_index) gives totals, channels, requester
  // types, topics, zones and outside hours; its groups (a few hundred a month) are added up here.
  // escalated_period is set exactly when escalated_at is.
  const groups = await rows(
    knex,
    `SELECT period, channel, requester_type, topic, zone, COUNT(*) AS n, SUM(outside) AS outside_n, SUM(outside * escalated) AS outside_escalated
    FROM (SELECT period, channel, requester_type, topic, zone, CASE WHEN ${outside.sql} THEN 1 ELSE 0 END AS outside,
        CASE WHEN escalated_period IS NULL THEN 0 ELSE 1 END AS escalated
      FROM tickets WHERE 1 = 1${p.sql}) h
    GROUP BY period, channel, requester_type, topic, zone`,
    [...outside.bindings, ...p.bindings],
  )
  const by = (column: string) => sumBy(groups, column, ['n', 'outside_n', 'outside_escalated'])
  const zones = by('zone')
  const totals = sumByPeriod(zones, ['n', 'outside_n', 'outside_escalated'])
  add('tickets.total', totals, 'n')
  add('tickets.channel', by('channel'), 'n')
  add('tickets.requester_type', by('requester_type'), 'n')
  add('tickets.topic', by('topic'), 'n')
  add(
    'tickets.zone',
    zones.map((g) => ({...g, dim: g.dim || 'unknown'})),
    'n',
  )
  // Why a zone is unknown, so a month's `unknown` can be read and acted on (`mappings unresolved`).
  const why = `CASE WHEN region IS NULL OR region_status = 'empty' THEN 'empty' WHEN region_status IN ('ambiguous', 'not_a_region') THEN region_status ELSE 'unrecognised' END`
  add(
    'tickets.zone_unknown',
    await rows(
      knex,
      `SELECT period, ${why} AS dim, COUNT(*) AS n FROM tickets WHERE zone IS NULL${p.sql} GROUP BY period, ${why}`,
      p.bindings,
    ),
    'n',
  )
  add('tickets.outside_hours', totals, 'outside_n')
  add(
    'tickets.outside_hours_zone',
    zones.filter((g) => g.dim && Number(g.outside_n) > 0),
    'outside_n',
  )
  add('tickets.outside_hours_escalated', totals, 'outside_escalated')

  const units = await rows(
    knex,
    `SELECT escalated_period AS period, COALESCE(escalated_unit, 'unknown') AS dim, COUNT(*) AS n,
      SUM(CASE WHEN l2_responded_local_date IS NULL THEN 1 ELSE 0 END) AS unanswered
    FROM tickets WHERE escalated_period IS NOT NULL${ep.sql} GROUP BY escalated_period, COALESCE(escalated_unit, 'unknown')`,
    ep.bindings,
  )
  // Escalations are listed (as 0) for every month with tickets, so a month-on-month
  // change is computed against a real zero rather than a missing row.
  const escalated = sumByPeriod(units, ['n'])
  const escalatedPeriods = new Set(escalated.map((g) => g.period))
  for (const t of totals) if (!escalatedPeriods.has(t.period)) escalated.push({period: t.period, dim: '', n: 0})
  add('escalations.total', escalated, 'n')
  add('escalations.unit', units, 'n')
  const wd = workingDayIndex(rules)
  const scores = await rows(
    knex,
    `WITH wd AS (${wd.sql})
    SELECT period, dim, COUNT(h) AS answered, SUM(CASE WHEN h <= 1 THEN 120 WHEN h <= 3 THEN 100 ELSE 80 END) AS score_sum,
      SUM(CASE WHEN h IS NULL THEN 1 ELSE 0 END) AS off_calendar
    FROM (SELECT t.escalated_period AS period, COALESCE(t.escalated_unit, 'unknown') AS dim, r.idx - e.idx AS h
      FROM tickets t LEFT JOIN wd e ON e.day = t.escalated_local_date LEFT JOIN wd r ON r.day = t.l2_responded_local_date
      WHERE t.escalated_period IS NOT NULL AND t.l2_responded_local_date IS NOT NULL${periodFilter('t.escalated_period', range).sql}) s
    GROUP BY period, dim`,
    [...wd.bindings, ...ep.bindings],
  )
  const off = scores.filter((g) => Number(g.off_calendar) > 0)
  if (off.length) {
    const groups = off.map((g) => `${g.period} (${g.dim})`)
    throw new UserError(
      msg().errors.escalationsOffCalendar({groups, first: CALENDAR_FIRST, last: CALENDAR_LAST}),
      EXIT.failure,
      msg().errors.escalationsOffCalendarFix,
    )
  }
  add('escalations.score_avg', scores, 'score_sum', (g) => Number(g.score_sum) / Number(g.answered))
  add('escalations.unanswered', units, 'unanswered')

  const survey = await rows(
    knex,
    `SELECT period, agent AS dim, COUNT(*) AS n, COUNT(DISTINCT respondent) AS respondents,
      SUM(kepuasan_layanan + substansi_jawaban) AS score_sum
    FROM survey_responses WHERE 1 = 1${p.sql} GROUP BY period, agent`,
    p.bindings,
  )
  add('satisfaction.avg', survey, 'score_sum', (g) => Number(g.score_sum) / (2 * Number(g.n)))
  add('satisfaction.responses', survey, 'n')
  add('satisfaction.respondents', survey, 'respondents')
  add('satisfaction.below_minimum', survey, 'n', (g) =>
    Number(g.n) < SATISFACTION_MINIMUM || Number(g.respondents) < SATISFACTION_MINIMUM ? 1 : 0,
  )

  add(
    'chatbot.sessions',
    await rows(knex, `SELECT period, '' AS dim, COUNT(*) AS n FROM chatbot_sessions WHERE 1 = 1${p.sql} GROUP BY period`, p.bindings),
    'n',
  )
  add(
    'chatbot.menu',
    await rows(
      knex,
      `SELECT period, menu AS dim, COUNT(*) AS n FROM chatbot_sessions WHERE 1 = 1${p.sql} GROUP BY period, menu`,
      p.bindings,
    ),
    'n',
  )
  const visits = await rows(
    knex,
    `SELECT period, '' AS dim, COUNT(*) AS n, SUM(guests) AS guests FROM visits WHERE 1 = 1${p.sql} GROUP BY period`,
    p.bindings,
  )
  add('visits.total', visits, 'n')
  add('visits.guests', visits, 'guests')
  add(
    'vicon.total',
    await rows(knex, `SELECT period, '' AS dim, COUNT(*) AS n FROM vicons WHERE 1 = 1${p.sql} GROUP BY period`, p.bindings),
    'n',
  )
  return sortRows(out)
}

const ORDER = new Map<string, number>(METRICS.map((m, i) => [m, i]))

/** Period, then the CONTRACT's metric order, then dimension by code point: the same on every store. */
export function sortRows(list: MetricRow[]): MetricRow[] {
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)
  return list.sort(
    (a, b) => cmp(a.period, b.period) || (ORDER.get(a.metric) ?? 99) - (ORDER.get(b.metric) ?? 99) || cmp(a.dimension, b.dimension),
  )
}

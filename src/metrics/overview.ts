import {MetricRow} from './compute'
import {previousPeriod, yearBefore} from './range'

export interface OverviewRow {
  period: string
  /** A metric, or `tickets.channel:whatsapp` for one dimension of it. */
  indicator: string
  value: number
  previous: number | null
  mom: number | null
  lastYear: number | null
  yoy: number | null
}

/** Indicators of the overview, as the seed reports them month by month. */
export const OVERVIEW_INDICATORS = [
  'tickets.total',
  'tickets.channel:whatsapp',
  'tickets.channel:email',
  'tickets.channel:phone',
  'tickets.channel:helpdesk',
  'tickets.channel:livechat',
  'tickets.outside_hours',
  'escalations.total',
  'chatbot.sessions',
  'visits.total',
  'vicon.total',
]

/** The seed's change: (current − previous) / previous; null when there is no previous figure or it is 0. */
export function change(current: number, previous: number | null): number | null {
  return previous === null || previous === 0 ? null : (current - previous) / previous
}

/** Month-on-month and year-on-year change of each overview indicator in each period it has a value. */
export function overview(rows: MetricRow[]): OverviewRow[] {
  const value = new Map<string, number>()
  for (const r of rows) value.set(`${r.period}|${r.dimension ? `${r.metric}:${r.dimension}` : r.metric}`, r.value)
  // A channel without tickets in a month the register covers had 0 tickets, not an unknown number.
  const get = (period: string, indicator: string): number | undefined =>
    value.get(`${period}|${indicator}`) ??
    (indicator.includes(':') && value.has(`${period}|${indicator.split(':')[0].replace('channel', 'total')}`) ? 0 : undefined)
  const periods = [...new Set(rows.map((r) => r.period))].sort()
  const out: OverviewRow[] = []
  for (const period of periods) {
    for (const indicator of OVERVIEW_INDICATORS) {
      const current = get(period, indicator)
      if (current === undefined) continue
      const previous = get(previousPeriod(period), indicator) ?? null
      const lastYear = get(yearBefore(period), indicator) ?? null
      out.push({period, indicator, value: current, previous, mom: change(current, previous), lastYear, yoy: change(current, lastYear)})
    }
  }
  return out
}

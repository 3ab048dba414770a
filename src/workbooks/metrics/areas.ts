import {Labels} from '../labels'
import {ChartPoint, ChartSpec} from '../charts'
import {Cell, Column} from '../sheet'
import {MetricIndex} from './index-rows'

/** One area sheet: a titled table and the trend charts drawn under it. */
export interface AreaSheet {
  key: keyof Labels['metrics']['sheets']
  columns: Column[]
  rows: Cell[][]
  flag?: (row: Cell[]) => boolean
  charts: ChartSpec[]
}

const CHANNELS = ['whatsapp', 'email', 'phone', 'helpdesk', 'livechat']
const TYPES = ['pemda', 'kl', 'akademisi', 'lainnya']
const ZONES = ['WIB', 'WITA', 'WIT']
/** Why a zone is unknown (`tickets.zone_unknown`): the last two need a person's decision. */
const UNKNOWN_WHY = ['empty', 'not_a_region', 'unrecognised', 'ambiguous']
const n = (v: number | undefined) => v ?? 0
const share = (part: number | undefined, whole: number | undefined) => (whole ? n(part) / whole : null)

function chart(L: Labels['metrics'], title: string, kind: ChartSpec['kind'], points: ChartPoint[]): ChartSpec {
  return {title, kind, points, xTitle: L.charts.period, yTitle: L.charts.count, seriesTitle: L.charts.series}
}

function channels(ix: MetricIndex, L: Labels['metrics']): AreaSheet {
  const dims = ix.dims('tickets.channel', CHANNELS)
  const periods = ix.periodsOf('tickets.total')
  return {
    key: 'channels',
    columns: [
      {header: L.columns.period, width: 10},
      ...dims.map((d) => ({header: L.channels[d] ?? d, format: 'int' as const, width: 12})),
      {header: L.columns.total, format: 'int', width: 10},
      ...dims.map((d) => ({header: `${L.columns.share} ${L.channels[d] ?? d}`, format: 'percent' as const, width: 14})),
    ],
    rows: periods.map((p) => [
      p,
      ...dims.map((d) => n(ix.get(p, 'tickets.channel', d))),
      n(ix.get(p, 'tickets.total')),
      ...dims.map((d) => share(ix.get(p, 'tickets.channel', d), ix.get(p, 'tickets.total'))),
    ]),
    charts: [
      chart(
        L,
        L.charts.total,
        'line',
        periods.map((p) => ({x: p, series: L.indicators['tickets.total'], y: n(ix.get(p, 'tickets.total'))})),
      ),
      chart(
        L,
        L.charts.channels,
        'bar',
        periods.flatMap((p) => dims.map((d) => ({x: p, series: L.channels[d] ?? d, y: n(ix.get(p, 'tickets.channel', d))}))),
      ),
    ],
  }
}

/** A dimension × period table (topics, chatbot menus), largest total first. */
function matrix(
  ix: MetricIndex,
  L: Labels['metrics'],
  key: AreaSheet['key'],
  metric: string,
  header: string,
  totalMetric?: string,
): AreaSheet {
  const periods = ix.periodsOf(metric)
  const total = (d: string) => periods.reduce((s, p) => s + n(ix.get(p, metric, d)), 0)
  const dims = ix.dims(metric).sort((a, b) => total(b) - total(a) || (a < b ? -1 : 1))
  const rows: Cell[][] = dims.map((d) => [d, ...periods.map((p) => n(ix.get(p, metric, d))), total(d)])
  if (totalMetric)
    rows.push([
      L.columns.total,
      ...periods.map((p) => n(ix.get(p, totalMetric))),
      periods.reduce((s, p) => s + n(ix.get(p, totalMetric)), 0),
    ])
  return {
    key,
    columns: [
      {header, width: 40},
      ...periods.map((p) => ({header: p, format: 'int' as const, width: 10})),
      {header: L.columns.total, format: 'int', width: 10},
    ],
    rows,
    charts: [],
  }
}

function users(ix: MetricIndex, L: Labels['metrics']): AreaSheet {
  const dims = ix.dims('tickets.requester_type', TYPES)
  const periods = ix.periodsOf('tickets.total')
  return {
    key: 'users',
    columns: [
      {header: L.columns.period, width: 10},
      ...dims.map((d) => ({header: L.requesterTypes[d] ?? d, format: 'int' as const, width: 14})),
      ...dims.map((d) => ({header: `${L.columns.share} ${L.requesterTypes[d] ?? d}`, format: 'percent' as const, width: 16})),
    ],
    rows: periods.map((p) => [
      p,
      ...dims.map((d) => n(ix.get(p, 'tickets.requester_type', d))),
      ...dims.map((d) => share(ix.get(p, 'tickets.requester_type', d), ix.get(p, 'tickets.total'))),
    ]),
    charts: [],
  }
}

function hours(ix: MetricIndex, L: Labels['metrics']): AreaSheet {
  const periods = ix.periodsOf('tickets.total')
  return {
    key: 'hours',
    columns: [
      {header: L.columns.period, width: 10},
      ...[...ZONES, 'unknown'].map((z) => ({header: L.zones[z], format: 'int' as const, width: 12})),
      ...UNKNOWN_WHY.map((w) => ({header: L.zoneUnknown[w], format: 'int' as const, width: 16})),
      {header: L.columns.known, format: 'int', width: 12},
      {header: L.columns.outside, format: 'int', width: 14},
      ...ZONES.map((z) => ({header: `${L.columns.outsideZone} ${z}`, format: 'int' as const, width: 13})),
      {header: L.columns.outsideEscalated, format: 'int', width: 20},
      {header: L.columns.outsideEscalatedShare, format: 'percent', width: 20},
    ],
    rows: periods.map((p) => {
      const known = ZONES.reduce((s, z) => s + n(ix.get(p, 'tickets.zone', z)), 0)
      return [
        p,
        ...[...ZONES, 'unknown'].map((z) => n(ix.get(p, 'tickets.zone', z))),
        ...UNKNOWN_WHY.map((w) => n(ix.get(p, 'tickets.zone_unknown', w))),
        known,
        n(ix.get(p, 'tickets.outside_hours')),
        ...ZONES.map((z) => n(ix.get(p, 'tickets.outside_hours_zone', z))),
        n(ix.get(p, 'tickets.outside_hours_escalated')),
        share(ix.get(p, 'tickets.outside_hours_escalated'), ix.get(p, 'tickets.outside_hours')),
      ]
    }),
    // A month with region texts nobody has decided yet: its zone figures can still change.
    flag: (row) => ['unrecognised', 'ambiguous'].some((w) => Number(row[1 + ZONES.length + 1 + UNKNOWN_WHY.indexOf(w)]) > 0),
    charts: [
      chart(
        L,
        L.charts.hours,
        'bar',
        periods.flatMap((p) => ZONES.map((z) => ({x: p, series: z, y: n(ix.get(p, 'tickets.outside_hours_zone', z))}))),
      ),
    ],
  }
}

function escalations(ix: MetricIndex, L: Labels['metrics']): AreaSheet {
  const periods = ix.periodsOf('escalations.unit')
  const units = ix.dims('escalations.unit')
  return {
    key: 'escalations',
    columns: [
      {header: L.columns.period, width: 10},
      {header: L.columns.unit, width: 14},
      {header: L.columns.escalations, format: 'int', width: 16},
      {header: L.columns.unanswered, format: 'int', width: 16},
      {header: L.columns.score, format: 'decimal1', width: 17},
    ],
    rows: periods.flatMap((p) => [
      ...units
        .filter((u) => ix.get(p, 'escalations.unit', u) !== undefined)
        .map((u) => [
          p,
          u,
          ix.get(p, 'escalations.unit', u),
          n(ix.get(p, 'escalations.unanswered', u)),
          ix.get(p, 'escalations.score_avg', u) ?? null,
        ]),
      [p, L.columns.total, n(ix.get(p, 'escalations.total')), null, null],
    ]),
    charts: [
      chart(
        L,
        L.charts.escalations,
        'bar',
        periods.flatMap((p) => units.map((u) => ({x: p, series: u, y: n(ix.get(p, 'escalations.unit', u))}))),
      ),
    ],
  }
}

function satisfaction(ix: MetricIndex, L: Labels['metrics']): AreaSheet {
  const periods = ix.periodsOf('satisfaction.responses')
  const agents = ix.dims('satisfaction.responses')
  return {
    key: 'satisfaction',
    columns: [
      {header: L.columns.period, width: 10},
      {header: L.columns.agent, width: 24},
      {header: L.columns.satisfaction, format: 'decimal1', width: 18},
      {header: L.columns.responses, format: 'int', width: 11},
      {header: L.columns.respondents, format: 'int', width: 16},
      {header: L.columns.belowMinimum, width: 17},
    ],
    rows: periods.flatMap((p) =>
      agents
        .filter((a) => ix.get(p, 'satisfaction.responses', a) !== undefined)
        .map((a) => [
          p,
          a,
          ix.get(p, 'satisfaction.avg', a),
          ix.get(p, 'satisfaction.responses', a),
          ix.get(p, 'satisfaction.respondents', a),
          ix.get(p, 'satisfaction.below_minimum', a) ? L.yes : L.no,
        ]),
    ),
    flag: (row) => row[5] === L.yes,
    charts: [],
  }
}

function chatbot(ix: MetricIndex, L: Labels['metrics']): AreaSheet {
  const sheet = matrix(ix, L, 'chatbot', 'chatbot.menu', L.columns.menu, 'chatbot.sessions')
  sheet.charts = [
    chart(
      L,
      L.charts.chatbot,
      'bar',
      ix.periodsOf('chatbot.sessions').map((p) => ({x: p, series: L.indicators['chatbot.sessions'], y: n(ix.get(p, 'chatbot.sessions'))})),
    ),
  ]
  return sheet
}

function visits(ix: MetricIndex, L: Labels['metrics']): AreaSheet {
  const periods = ix.periods.filter((p) => ['visits.total', 'vicon.total'].some((m) => ix.get(p, m) !== undefined))
  return {
    key: 'visits',
    columns: [
      {header: L.columns.period, width: 10},
      {header: L.columns.visits, format: 'int', width: 12},
      {header: L.columns.guests, format: 'int', width: 13},
      {header: L.columns.vicon, format: 'int', width: 17},
    ],
    rows: periods.map((p) => [p, n(ix.get(p, 'visits.total')), n(ix.get(p, 'visits.guests')), n(ix.get(p, 'vicon.total'))]),
    charts: [
      chart(
        L,
        L.charts.visits,
        'line',
        periods.flatMap((p) => [
          {x: p, series: L.columns.visits, y: n(ix.get(p, 'visits.total'))},
          {x: p, series: L.columns.vicon, y: n(ix.get(p, 'vicon.total'))},
        ]),
      ),
    ],
  }
}

/** The sheets per area of CONTRACT §6, in the order the workbook shows them. */
export function areaSheets(ix: MetricIndex, L: Labels['metrics']): AreaSheet[] {
  return [
    channels(ix, L),
    matrix(ix, L, 'topics', 'tickets.topic', L.columns.topic),
    users(ix, L),
    hours(ix, L),
    escalations(ix, L),
    satisfaction(ix, L),
    chatbot(ix, L),
    visits(ix, L),
  ]
}

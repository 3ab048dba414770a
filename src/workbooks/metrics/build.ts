import type {Workbook, Worksheet} from 'exceljs'
import {formatDateTime, formatNumber, formatPeriod, msg} from '../../i18n'
import {MetricRow} from '../../metrics/compute'
import {overview} from '../../metrics/overview'
import {ReconciliationRow} from '../../metrics/published'
import {renderChartPng} from '../charts'
import {Labels, labelsFor, Lang} from '../labels'
import {addCoverSheet, CoverEntry, fillCover} from '../cover'
import {addTableSheet, Cell, Column, TableSheetOptions, TableSheetResult} from '../sheet'
import {areaSheets} from './areas'
import {MetricIndex} from './index-rows'
import {exceljs} from '../../util/excel'

/** Where the figures come from and how the workbook was made, as its cover says. */
export interface MetricsProvenance {
  /** The store, its URL masked (never a password). */
  store: string
  version: string
  generatedAt: string
  generatedBy: string
  auditHead: string
}

export interface MetricsWorkbookInput {
  rows: MetricRow[]
  provenance: MetricsProvenance
  lang?: Lang
  reconciliation?: ReconciliationRow[]
  /** What the figures were reconciled against, or why they were not: shown under the overview's title. */
  reconciliationNote?: string
}

export interface MetricsWorkbookResult {
  sheets: string[]
  charts: number
  truncated: number
}

function indicatorLabel(L: Labels['metrics'], indicator: string): string {
  const [metric, dim] = indicator.split(':')
  return dim ? (L.channels[dim] ?? dim) : (L.indicators[metric] ?? metric)
}

/** The cover: what the workbook is, for whom, the months and channels it covers, the store, and how it was made. */
function fillMetricsCover(sheet: Worksheet, input: MetricsWorkbookInput, ix: MetricIndex, contents: CoverEntry[]): void {
  const lang = input.lang ?? 'id'
  const C = msg(lang).workbookCover
  const L = labelsFor(lang).metrics
  const p = input.provenance
  const periods = ix.periods.length
    ? C.periodRange({
        from: formatPeriod(ix.periods[0], lang),
        to: formatPeriod(ix.periods.at(-1)!, lang),
        months: formatNumber(ix.periods.length, lang),
      })
    : C.noPeriods
  const channels = ix.dims('tickets.channel', Object.keys(L.channels)).map((c) => L.channels[c] ?? c)
  fillCover(
    sheet,
    {
      title: C.metrics.title,
      about: C.metrics.about,
      audience: C.metrics.audience,
      scope: [
        [C.periods, periods],
        [C.channels, channels.join(', ') || C.noPeriods],
        [C.store, p.store],
        ...(input.reconciliationNote ? [[C.reconciliation, input.reconciliationNote] as [string, string]] : []),
      ],
      produced: [
        [C.version, p.version],
        [C.generatedAt, formatDateTime(p.generatedAt, lang)],
        [C.generatedBy, p.generatedBy],
        [C.auditHead, p.auditHead],
      ],
    },
    contents,
    lang,
  )
}

/** Write the historic-metrics workbook (CONTRACT §6) to `file`; exceljs and the chart engines load only here. */
export async function writeMetricsWorkbook(file: string, input: MetricsWorkbookInput): Promise<MetricsWorkbookResult> {
  const ExcelJS = exceljs()
  const lang = input.lang ?? 'id'
  const L = labelsFor(lang).metrics
  const about = msg(lang).workbookCover.metrics.sheets
  const wb: Workbook = new ExcelJS.Workbook()
  wb.creator = `prime-migrate ${input.provenance.version}`
  wb.title = msg(lang).workbookCover.metrics.title
  const cover = addCoverSheet(wb, lang)
  const contents: CoverEntry[] = []
  let truncated = 0
  let chartCount = 0
  /** A table sheet in the workbook's language, listed on the cover, its cut cells counted. */
  const table = (key: keyof typeof about, columns: Column[], rows: Cell[][], opts: TableSheetOptions = {}): TableSheetResult => {
    const r = addTableSheet(wb, L.sheets[key], columns, rows, {...opts, lang})
    for (const s of r.sheets) contents.push({sheet: s.name, about: about[key]})
    truncated += r.truncated
    return r
  }
  const ix = new MetricIndex(input.rows)

  const ov = overview(input.rows)
  table(
    'overview',
    [
      {header: L.columns.period, width: 10},
      {header: L.columns.indicator, width: 30},
      {header: L.columns.value, format: 'int', width: 10},
      {header: L.columns.previous, format: 'int', width: 17},
      {header: L.columns.mom, format: 'percent', width: 18},
      {header: L.columns.lastYear, format: 'int', width: 17},
      {header: L.columns.yoy, format: 'percent', width: 18},
    ],
    ov.map((o) => [o.period, indicatorLabel(L, o.indicator), o.value, o.previous, o.mom, o.lastYear, o.yoy]),
    {title: ov.length ? L.titles.overview : `${L.titles.overview} — ${L.noData}`, subtitle: input.reconciliationNote},
  )

  for (const area of areaSheets(ix, L)) {
    const {sheets} = table(area.key, area.columns, area.rows, {title: (L.titles as Record<string, string>)[area.key], flag: area.flag})
    let at = area.rows.length + 4
    let charts = 0
    for (const spec of area.charts) {
      if (spec.points.length === 0) continue
      // Each chart starts a printed page of its own unless it fits under a short table.
      if (charts > 0 || at > 20) sheets[0].getRow(at).addPageBreak()
      const {png, width, height} = await renderChartPng(spec)
      const image = wb.addImage({buffer: png as any, extension: 'png'})
      sheets[0].addImage(image, {tl: {col: 0, row: at}, ext: {width, height}, editAs: 'oneCell'})
      at += Math.ceil(height / 20) + 2
      charts++
      chartCount++
    }
  }

  // The tidy rows as --json gives them: the metric and dimension are the stable codes of CONTRACT §6.
  table(
    'data',
    [
      {header: L.columns.period, width: 10},
      {header: L.columns.metricCode, width: 30},
      {header: L.columns.dimensionCode, width: 40},
      {header: L.columns.value, format: 'number', width: 14},
    ],
    input.rows.map((r) => [r.period, r.metric, r.dimension, r.value]),
  )

  if (input.reconciliation) {
    const status = (s: keyof Labels['metrics']['status']) => L.status[s]
    const rows: Cell[][] = input.reconciliation.map((r) => [
      r.period,
      r.metric,
      r.dimension,
      r.published,
      r.computed,
      r.difference,
      status(r.status),
    ])
    table(
      'reconciliation',
      [
        {header: L.columns.period, width: 10},
        {header: L.columns.metricCode, width: 28},
        {header: L.columns.dimensionCode, width: 24},
        {header: L.columns.published, format: 'number', width: 18},
        {header: L.columns.computed, format: 'number', width: 18},
        {header: L.columns.difference, format: 'number', width: 12},
        {header: L.columns.status, width: 20},
      ],
      rows,
      {title: L.titles.reconciliation, flag: (row) => row[6] !== L.status.same},
    )
  }
  fillMetricsCover(cover, input, ix, contents)
  await wb.xlsx.writeFile(file)
  return {sheets: wb.worksheets.map((w) => w.name), charts: chartCount, truncated}
}

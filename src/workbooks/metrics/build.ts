import type {Workbook} from 'exceljs'
import {MetricRow} from '../../metrics/compute'
import {overview} from '../../metrics/overview'
import {ReconciliationRow} from '../../metrics/published'
import {renderChartPng} from '../charts'
import {Labels, labelsFor, Lang} from '../labels'
import {addTableSheet, Cell} from '../sheet'
import {areaSheets} from './areas'
import {MetricIndex} from './index-rows'
import {exceljs} from '../../util/excel'

export interface MetricsWorkbookInput {
  rows: MetricRow[]
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

/** Write the historic-metrics workbook (CONTRACT §6) to `file`; exceljs and the chart engines load only here. */
export async function writeMetricsWorkbook(file: string, input: MetricsWorkbookInput): Promise<MetricsWorkbookResult> {
  const ExcelJS = exceljs()
  const L = labelsFor(input.lang).metrics
  const wb: Workbook = new ExcelJS.Workbook()
  wb.creator = 'prime-migrate'
  let truncated = 0
  let chartCount = 0
  const ix = new MetricIndex(input.rows)

  const ov = overview(input.rows)
  truncated += addTableSheet(
    wb,
    L.sheets.overview,
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
  ).truncated

  for (const area of areaSheets(ix, L)) {
    const {sheets, truncated: cut} = addTableSheet(wb, L.sheets[area.key], area.columns, area.rows, {
      title: (L.titles as Record<string, string>)[area.key],
      flag: area.flag,
    })
    truncated += cut
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

  truncated += addTableSheet(
    wb,
    L.sheets.data,
    [
      {header: 'period', width: 10},
      {header: 'metric', width: 30},
      {header: 'dimension', width: 40},
      {header: 'value', format: 'number', width: 14},
    ],
    input.rows.map((r) => [r.period, r.metric, r.dimension, r.value]),
  ).truncated

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
    truncated += addTableSheet(
      wb,
      L.sheets.reconciliation,
      [
        {header: L.columns.period, width: 10},
        {header: L.columns.metric, width: 28},
        {header: L.columns.dimension, width: 24},
        {header: L.columns.published, format: 'number', width: 18},
        {header: L.columns.computed, format: 'number', width: 18},
        {header: L.columns.difference, format: 'number', width: 12},
        {header: L.columns.status, width: 20},
      ],
      rows,
      {title: L.titles.reconciliation, flag: (row) => row[6] !== L.status.same},
    ).truncated
  }
  await wb.xlsx.writeFile(file)
  return {sheets: wb.worksheets.map((w) => w.name), charts: chartCount, truncated}
}

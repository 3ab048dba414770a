import {createReadStream, existsSync} from 'node:fs'
import {InputError} from '../errors'
import {msg} from '../i18n'
import {MetricRow} from './compute'

/** A figure as DJPK published it; `decimals` is the precision it was printed with. */
export interface PublishedRow extends MetricRow {
  decimals: number
  row: number
}

export type ReconciliationStatus = 'same' | 'different' | 'missing'

export interface ReconciliationRow {
  period: string
  metric: string
  dimension: string
  published: number
  computed: number | null
  difference: number | null
  status: ReconciliationStatus
}

const COLUMNS = ['period', 'metric', 'dimension', 'value'] as const

// csv-parse is loaded when a figures file is read, not at the start of every command whose plan reaches
// this module (`status`: 490 → 485 ms, medians of 31 alternated runs).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const csvParse = () => require('csv-parse') as typeof import('csv-parse')

/** Read a published-figures csv (period, metric, dimension, value); a bad row exits 2 naming file, row and field. */
export async function readPublished(file: string): Promise<PublishedRow[]> {
  if (!existsSync(file)) throw new InputError(msg().errors.publishedMissing({file}), msg().errors.publishedMissingFix)
  const out: PublishedRow[] = []
  const parser = createReadStream(file).pipe(
    csvParse().parse({columns: (h: string[]) => h.map((c) => c.trim().toLowerCase()), bom: true, skip_empty_lines: true, trim: true}),
  )
  let rowNo = 1
  try {
    for await (const rec of parser as AsyncIterable<Record<string, string>>) {
      rowNo++
      if (rowNo === 2) {
        const missing = COLUMNS.filter((c) => !(c in rec))
        if (missing.length)
          throw new InputError(msg().errors.publishedColumnMissing({file, columns: missing}), msg().errors.publishedColumnMissingFix)
      }
      if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(rec.period))
        throw new InputError(msg().errors.publishedBadPeriod({file, row: rowNo, value: rec.period}), msg().errors.publishedBadPeriodFix)
      if (!rec.metric) throw new InputError(msg().errors.publishedNoMetric({file, row: rowNo}), msg().errors.publishedNoMetricFix)
      const text = rec.value.replace(',', '.')
      if (!/^-?\d+(\.\d+)?$/.test(text))
        throw new InputError(msg().errors.publishedBadValue({file, row: rowNo, value: rec.value}), msg().errors.publishedBadValueFix)
      out.push({
        period: rec.period,
        metric: rec.metric,
        dimension: rec.dimension ?? '',
        value: Number(text),
        decimals: text.split('.')[1]?.length ?? 0,
        row: rowNo,
      })
    }
  } catch (error) {
    if (error instanceof InputError) throw error
    throw new InputError(
      msg().errors.publishedCsvSyntax({file, row: rowNo + 1, detail: (error as Error).message}),
      msg().errors.publishedCsvSyntaxFix,
    )
  }
  return out
}

/** Each published figure beside the computed one, compared at the precision it was published with. */
export function reconcile(computed: MetricRow[], published: PublishedRow[]): ReconciliationRow[] {
  const byKey = new Map(computed.map((r) => [`${r.period}\u0000${r.metric}\u0000${r.dimension}`, r.value]))
  return published.map((p) => {
    const value = byKey.get(`${p.period}\u0000${p.metric}\u0000${p.dimension}`)
    if (value === undefined)
      return {
        period: p.period,
        metric: p.metric,
        dimension: p.dimension,
        published: p.value,
        computed: null,
        difference: null,
        status: 'missing',
      }
    const scale = 10 ** p.decimals
    const rounded = Math.round(value * scale) / scale
    const difference = Math.round((rounded - p.value) * scale) / scale
    return {
      period: p.period,
      metric: p.metric,
      dimension: p.dimension,
      published: p.value,
      computed: value,
      difference,
      status: difference === 0 ? 'same' : 'different',
    }
  })
}

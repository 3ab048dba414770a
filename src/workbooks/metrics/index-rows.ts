import {MetricRow} from '../../metrics/compute'

/** Look-ups over metric rows that the sheet builders share. */
export class MetricIndex {
  readonly periods: string[]
  private readonly values = new Map<string, number>()
  private readonly dimensions = new Map<string, Set<string>>()

  constructor(readonly rows: MetricRow[]) {
    for (const r of rows) {
      this.values.set(`${r.period}\u0000${r.metric}\u0000${r.dimension}`, r.value)
      if (!this.dimensions.has(r.metric)) this.dimensions.set(r.metric, new Set())
      this.dimensions.get(r.metric)!.add(r.dimension)
    }
    this.periods = [...new Set(rows.map((r) => r.period))].sort()
  }

  get(period: string, metric: string, dimension = ''): number | undefined {
    return this.values.get(`${period}\u0000${metric}\u0000${dimension}`)
  }

  /** The dimensions a metric has in any period: `preferred` first in that order, then the rest by code. */
  dims(metric: string, preferred: string[] = []): string[] {
    const seen = this.dimensions.get(metric) ?? new Set<string>()
    return [...preferred.filter((d) => seen.has(d)), ...[...seen].filter((d) => !preferred.includes(d)).sort()]
  }

  /** Periods in which a metric has any row. */
  periodsOf(metric: string): string[] {
    return this.periods.filter((p) => this.rows.some((r) => r.period === p && r.metric === metric))
  }
}

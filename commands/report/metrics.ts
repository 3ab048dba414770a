import {Flags} from '@oclif/core'
import {BaseCommand} from '../../src/base-command'
import {InputError} from '../../src/errors'
import {metricsReport, MetricsReport} from '../../src/metrics/report'
import {refuseOverwrite} from '../../src/util/out-file'
import {currentLang, formatNumber, msg} from '../../src/i18n'

export default class ReportMetrics extends BaseCommand<typeof ReportMetrics> {
  static description = 'Historic metrics of CONTRACT §6 per month (Asia/Jakarta), as a workbook (--out) and/or JSON rows (--json)'
  static examples = [
    '<%= config.bin %> report metrics --out metrics.xlsx',
    '<%= config.bin %> report metrics --out metrics.xlsx --from 2024-01 --to 2025-02 --published published.csv',
    '<%= config.bin %> report metrics --json',
  ]
  static flags = {
    force: Flags.boolean({description: 'replace the --out workbook if it exists'}),
    from: Flags.string({description: 'first month, YYYY-MM'}),
    out: Flags.string({description: 'the .xlsx workbook to write'}),
    published: Flags.string({description: 'csv of published figures (period,metric,dimension,value) to reconcile against'}),
    to: Flags.string({description: 'last month, YYYY-MM'}),
  }
  static mutates = true

  // Without --out the rows are only computed and printed: a read, which neither waits on nor blocks another operator.
  protected override takesLock(): boolean {
    return Boolean(this.flags.out)
  }

  async run(): Promise<MetricsReport> {
    const {force, from, out, published, to} = this.flags
    if (!out && !this.jsonEnabled()) throw new InputError(msg().commands.nothingToWrite, msg().commands.nothingToWriteFix)
    if (out) refuseOverwrite(out, force)
    const report = await metricsReport(await this.store(), {from, to, out, published, lang: currentLang()})
    const w = report.workbook
    if (w) {
      this.info(msg().commands.metricsWritten({file: w.file, rows: report.rows.length, sheets: w.sheets.length, charts: w.charts}))
      if (w.truncated_cells) this.info(`  ${msg().commands.truncated({cells: w.truncated_cells})}`)
      const r = w.reconciliation
      if (!r) this.info(w.reconciliation_note)
      if (r) {
        this.info(msg().commands.reconciled(r))
        for (const f of r.flagged)
          this.info(
            msg().commands.flagged({
              ...f,
              dimension: f.dimension ?? undefined,
              published: formatNumber(f.published),
              computed: f.computed === null || f.computed === undefined ? '—' : formatNumber(f.computed),
            }),
          )
      }
    }
    return report
  }
}

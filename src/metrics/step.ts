import {join} from 'node:path'
import {StepContext, StepHandler} from '../plan/registry'
import {getMeta} from '../store/meta'
import {metricsReport} from './report'

/** Meta key naming a csv of published figures the handover workbook reconciles against (set by `demo`). */
export const PUBLISHED_FIGURES_META = 'published_figures'

/** handover.metrics: DIR/metrics.xlsx, reconciled against the published figures when a file is configured. */
export const metricsStep: StepHandler = {
  async run(ctx: StepContext) {
    const published = await getMeta(ctx.store.knex, PUBLISHED_FIGURES_META)
    ctx.progress('menghitung metrik historis')
    const r = await metricsReport(ctx.store, {out: join(ctx.outDir, 'metrics.xlsx'), published})
    const rec = r.workbook?.reconciliation
    return (
      `${r.workbook?.file}: ${r.rows.length} baris, ${r.workbook?.charts} grafik` +
      (rec ? `; rekonsiliasi ${rec.compared} angka, ${rec.differences} berbeda, ${rec.missing} tidak ada dalam data` : '')
    )
  },
}

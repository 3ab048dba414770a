import {join} from 'node:path'
import {StepContext, StepHandler, StepHandlers} from '../plan/step'
import {publishedFiguresFile} from './published-setting'
import {metricsReport} from './report'

/** handover.metrics: DIR/metrics.xlsx, reconciled against the published figures when a file is configured. */
export const metricsStep: StepHandler = {
  async run(ctx: StepContext) {
    const published = await publishedFiguresFile(ctx.store.knex)
    ctx.progress('menghitung metrik historis')
    const r = await metricsReport(ctx.store, {out: join(ctx.outDir, 'metrics.xlsx'), published})
    const rec = r.workbook?.reconciliation
    return (
      `${r.workbook?.file}: ${r.rows.length} baris, ${r.workbook?.charts} grafik` +
      (rec ? `; rekonsiliasi ${rec.compared} angka, ${rec.differences} berbeda, ${rec.missing} tidak ada dalam data` : '')
    )
  },
}

export const steps: StepHandlers = {'handover.metrics': metricsStep}

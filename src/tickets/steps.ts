import {join} from 'node:path'
import {StepHandler, StepHandlers} from '../plan/step'
import {exportArchive} from './export'
import {ARCHIVE_FOLDER} from './locate'
import {verifyArchive} from './verify'

/** The plan's archive lives in its own folder under the migration's out dir, so the step may replace it. */
export const archiveDir = (outDir: string) => join(outDir, ARCHIVE_FOLDER)

export const exportStep: StepHandler = {
  async run(ctx) {
    const r = await exportArchive(ctx.store, {
      out: archiveDir(ctx.outDir),
      format: 'jsonl',
      includeConfidential: false,
      force: true,
      progress: ctx.progress,
    })
    return `${r.totals.files} berkas bulanan, ${r.totals.exported} tiket diekspor, ${r.totals.excluded} dikecualikan, ${r.totals.redacted} dirahasiakan`
  },
}

export const verifyStep: StepHandler = {
  async run(ctx) {
    const r = await verifyArchive(ctx.store, archiveDir(ctx.outDir))
    return `arsip terverifikasi: ${r.files} berkas, ${r.rows} tiket cocok dengan store`
  },
}

export const steps: StepHandlers = {'tickets.export': exportStep, 'tickets.verify': verifyStep}

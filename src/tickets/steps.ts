import {join} from 'node:path'
import {StepHandler, StepHandlers} from '../plan/step'
import {exportArchive} from './export'
import {ARCHIVE_FOLDER} from './locate'
import {verifyArchive} from './verify'
import {msg} from '../i18n'

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
    return msg().steps.ticketsExported(r.totals)
  },
}

export const verifyStep: StepHandler = {
  async run(ctx) {
    const r = await verifyArchive(ctx.store, archiveDir(ctx.outDir))
    return msg().steps.ticketsVerified(r)
  },
}

export const steps: StepHandlers = {'tickets.export': exportStep, 'tickets.verify': verifyStep}

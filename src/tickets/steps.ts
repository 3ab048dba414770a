import {join} from 'node:path'
import {StepHandler, StepHandlers} from '../plan/step'
import {ARCHIVE_FOLDER} from './locate'
import {msg} from '../i18n'

/* eslint-disable @typescript-eslint/no-require-imports -- loaded when a step runs: the plan registry, which `status` reads
   gates through, reaches this module, and the runners pull in the workbook, archive and package writers. */
const exportModule = () => require('./export') as typeof import('./export')
const verifyModule = () => require('./verify') as typeof import('./verify')
/* eslint-enable @typescript-eslint/no-require-imports */

/** The plan's archive lives in its own folder under the migration's out dir, so the step may replace it. */
export const archiveDir = (outDir: string) => join(outDir, ARCHIVE_FOLDER)

export const exportStep: StepHandler = {
  async run(ctx) {
    const {exportArchive} = exportModule()
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
    const {verifyArchive} = verifyModule()
    const r = await verifyArchive(ctx.store, archiveDir(ctx.outDir))
    return msg().steps.ticketsVerified(r)
  },
}

export const steps: StepHandlers = {'tickets.export': exportStep, 'tickets.verify': verifyStep}

import {join} from 'node:path'
import {currentLang, msg} from '../i18n'
import {StepContext, StepHandler, StepHandlers} from '../plan/step'

/* eslint-disable @typescript-eslint/no-require-imports -- loaded when a step runs: the plan registry, which `status` reads
   gates through, reaches this module, and the runners pull in the workbook, archive and package writers. */
const reportModule = () => require('./report') as typeof import('./report')
/* eslint-enable @typescript-eslint/no-require-imports */

/** handover.draft: DIR/handover-draft.xlsx, the workbook people examine and sign, its SHA-256 recorded. */
export const handoverDraftStep: StepHandler = {
  async run(ctx: StepContext) {
    // What the draft is built from is what its plan step records: one snapshot, so both go stale together.
    if (!ctx.inputs || !ctx.plan) throw new Error('handover.draft runs from the plan runner, which records what the draft is built from')
    const {buildHandoverDraft} = reportModule()
    const r = await buildHandoverDraft(ctx.store, await ctx.plan(), join(ctx.outDir, 'handover-draft.xlsx'), ctx.inputs, currentLang())
    return msg().signoff.draftBuilt({path: r.file, sha256: r.sha256})
  },
}

export const handoverWorkbookStep: StepHandler = {
  // The plan's own folder: a rerun (`--redo`) replaces the workbook it wrote before.
  async run(ctx: StepContext) {
    if (!ctx.plan) throw new Error('handover.workbook runs from the plan runner, which gives it the plan as it stands')
    const {reportHandover} = reportModule()
    const r = await reportHandover(ctx.store, await ctx.plan(), join(ctx.outDir, 'handover.xlsx'), currentLang(), true)
    return msg().steps.handoverBuilt(r)
  },
}

export const steps: StepHandlers = {'handover.draft': handoverDraftStep, 'handover.workbook': handoverWorkbookStep}

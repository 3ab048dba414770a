import {dirname, join} from 'node:path'
import {msg} from '../i18n'
import {GateCheck, StepContext, StepHandler, StepHandlers} from '../plan/step'
import {latestWorkbook} from './reviews'
import {reviewStates, summarise} from './state'

/* eslint-disable @typescript-eslint/no-require-imports -- loaded when a step runs: the plan registry, which `status` reads
   gates through, reaches this module, and the runners pull in the workbook, archive and package writers. */
const reviewWorkbookModule = () => require('./review-workbook') as typeof import('./review-workbook')
const exportModule = () => require('./export') as typeof import('./export')
/* eslint-enable @typescript-eslint/no-require-imports */

/** The roster's KMS contributors, recorded in the audit log as the appointment of record. */
export const contributorsStep: StepHandler = {
  async run(ctx: StepContext) {
    const rows: {agent_id: string; name: string}[] = await ctx.store
      .knex('roster')
      .where('kms_contributor', 1)
      .orderBy('agent_id')
      .select('agent_id', 'name')
    await ctx.store.audit('kms.contributors', {count: rows.length, agents: rows.map((r) => ({agent_id: r.agent_id, name: r.name}))})
    return rows.length ? msg().steps.contributors({count: rows.length}) : msg().steps.noContributors
  },
}

export const reviewWorkbookStep: StepHandler = {
  async run(ctx: StepContext) {
    const {writeReviewWorkbook} = reviewWorkbookModule()
    const r = await writeReviewWorkbook(ctx.store, join(ctx.outDir, 'kms', 'review.xlsx'), {force: true})
    ctx.progress(msg().steps.reviewWritten(r))
    return msg().steps.reviewNote({...r, unmapped: r.unmapped_topics.length})
  },
}

/** Cleared when every article has a final SME decision (approve or exclude) for its current content. */
export const smeReviewGate: StepHandler = {
  async check(ctx: StepContext): Promise<GateCheck> {
    const summary = summarise(await reviewStates(ctx.store.knex))
    const workbook = await latestWorkbook(ctx.store.knex)
    const file = workbook?.path ?? join(ctx.outDir, 'kms', 'review.xlsx')
    return {
      cleared: summary.pending === 0,
      waitingOn: summary.pending === 0 ? msg().steps.reviewDone(summary) : msg().steps.reviewPending(summary),
      clear: summary.pending === 0 ? '' : msg().kms.gateClear({file, next: join(dirname(file), 'review-putaran-berikut.xlsx')}),
      details: {...summary},
    }
  },
}

export const exportStep: StepHandler = {
  async run(ctx: StepContext) {
    const {exportKms} = exportModule()
    const r = await exportKms(ctx.store, {out: join(ctx.outDir, 'kms'), force: true, progress: ctx.progress})
    return msg().steps.kmsExported({exported: r.totals.exported, out: r.out, exclude: r.totals.exclude})
  },
}

export const steps: StepHandlers = {
  'kms.contributors': contributorsStep,
  'kms.review_workbook': reviewWorkbookStep,
  'kms.sme_review': smeReviewGate,
  'kms.export': exportStep,
}

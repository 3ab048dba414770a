import {join} from 'node:path'
import {currentLang, msg} from '../i18n'
import {GateCheck, StepContext, StepHandler, StepHandlers} from '../plan/step'
import {publishedChoice} from './published-setting'

/* eslint-disable @typescript-eslint/no-require-imports -- loaded when a step runs: the plan registry, which `status` reads
   gates through, reaches this module, and the runners pull in the workbook, archive and package writers. */
const reportModule = () => require('./report') as typeof import('./report')
/* eslint-enable @typescript-eslint/no-require-imports */

export const SET_FIGURES = 'prime-migrate settings set published_figures FILE.csv'
export const DECIDE_WITHOUT = 'prime-migrate decide no_published_figures --note "…"'

/** handover.published_figures: cleared by a published-figures file or by a recorded decision to go without one. */
export const publishedFiguresGate: StepHandler = {
  async check(ctx: StepContext): Promise<GateCheck> {
    const m = msg().metrics
    const choice = await publishedChoice(ctx.store.knex)
    if (choice.kind === 'none')
      return {cleared: false, waitingOn: m.gateWaiting, clear: `${SET_FIGURES}; ${m.or} ${DECIDE_WITHOUT}`, details: {choice: 'none'}}
    return {
      cleared: true,
      waitingOn: choice.kind === 'file' ? m.gateFile({file: choice.file}) : m.gateDecision({note: choice.note, actor: choice.actor}),
      clear: '',
      details: {choice: choice.kind},
    }
  },
}

/**
 * handover.metrics: DIR/metrics.xlsx, reconciled against the published figures when a file is set;
 * without one (a recorded decision) the workbook and this step's note say it was not reconciled.
 */
export const metricsStep: StepHandler = {
  async run(ctx: StepContext) {
    const choice = await publishedChoice(ctx.store.knex)
    ctx.progress(msg().steps.metricsComputing)
    const {metricsReport} = reportModule()
    const r = await metricsReport(ctx.store, {
      lang: currentLang(),
      out: join(ctx.outDir, 'metrics.xlsx'),
      published: choice.kind === 'file' ? choice.file : undefined,
      withoutFigures: choice.kind === 'decision' ? choice : undefined,
    })
    return msg().steps.metricsBuilt({
      file: String(r.workbook?.file),
      rows: r.rows.length,
      charts: r.workbook?.charts ?? 0,
      note: String(r.workbook?.reconciliation_note),
    })
  },
}

export const steps: StepHandlers = {'handover.published_figures': publishedFiguresGate, 'handover.metrics': metricsStep}

import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {parse} from 'csv-parse/sync'
import {applyChecklistRows, readChecklistCsv} from '../channels/checklist-csv'
import {closeGateId, closingChannelCodes} from '../channels/definition'
import {applyReview} from '../kms/apply-review'
import {fillReviewWorkbook, readDecisionsCsv} from '../kms/fill'
import {latestWorkbook} from '../kms/reviews'
import {StepId} from '../plan/definition'
import {PlanStep} from '../plan/repository'
import {GateCheck, StepContext} from '../plan/step'
import {recordSignoff} from '../signoff/signoff'
import {msg} from '../i18n'

/** How the demo answers a gate, as the person it waits on would, from decisions shipped in the fixtures; true when it answered. */
export type GateAnswer = (ctx: StepContext, check: GateCheck, fixtures: string) => Promise<boolean>

export const DEMO_GATE_ANSWERS = {
  /**
   * The SMEs: each round of `fixtures/kms/sme-decisions.csv` (a No repeated is decided again in a
   * later round) fills a copy of the review workbook and goes through `kms apply-review`'s code.
   */
  'kms.sme_review': async (ctx, _check, fixtures) => {
    const workbook = await latestWorkbook(ctx.store.knex)
    if (!workbook) return false
    const rounds = await readDecisionsCsv(join(fixtures, 'kms', 'sme-decisions.csv'))
    for (const [i, decisions] of rounds.entries()) {
      const file = join(ctx.outDir, 'kms', `review-sme-putaran-${i + 1}.xlsx`)
      await fillReviewWorkbook(workbook.path, file, decisions)
      const r = await applyReview(ctx.store, file)
      ctx.progress(msg().walkthrough.round({round: i + 1, applied: r.applied, rejected: r.rejected}))
    }
    return true
  },
  /** The sign-off, as the three people would give it, from fixtures/signoff.csv. */
  'handover.signoff': async (ctx, _check, fixtures) => {
    const rows: {role: string; name: string; organisation: string; statement: string}[] = parse(
      readFileSync(join(fixtures, 'signoff.csv')),
      {
        columns: true,
        bom: true,
      },
    )
    for (const r of rows) await recordSignoff(ctx.store, r)
    return rows.length > 0
  },
} satisfies Partial<Record<StepId, GateAnswer>>

/** Each closing channel's gate, answered from fixtures/channels/checklist.csv through `channels check`'s code. */
function channelCloseAnswers(): Partial<Record<StepId, GateAnswer>> {
  const answer =
    (code: string): GateAnswer =>
    async (ctx, _check, fixtures) =>
      (await applyChecklistRows(ctx.store, await readChecklistCsv(join(fixtures, 'channels', 'checklist.csv')), code)) > 0
  return Object.fromEntries(closingChannelCodes().map((code) => [closeGateId(code), answer(code)]))
}

/** The runner's `answerGate` for the demo: the answer for the step's gate, if the demo has one. */
export function demoAnswerGate(fixtures: string) {
  const answers: Partial<Record<string, GateAnswer>> = {...DEMO_GATE_ANSWERS, ...channelCloseAnswers()}
  return async (step: PlanStep, check: GateCheck, ctx: StepContext): Promise<boolean> => {
    const answer = answers[step.id]
    return answer ? answer(ctx, check, fixtures) : false
  }
}

import {join} from 'node:path'
import {DEMO_GATE_ANSWERS} from '../demo/demo'
import {applyReview} from './apply-review'
import {fillReviewWorkbook, readDecisionsCsv} from './fill'
import {latestWorkbook} from './reviews'

/**
 * The demo's SMEs: each round of `fixtures/kms/sme-decisions.csv` (a No repeated is decided again
 * in a later round) fills a copy of the review workbook and goes through `kms apply-review`'s code.
 */
DEMO_GATE_ANSWERS['kms.sme_review'] = async (ctx, _check, fixtures) => {
  const workbook = await latestWorkbook(ctx.store.knex)
  if (!workbook) return false
  const rounds = await readDecisionsCsv(join(fixtures, 'kms', 'sme-decisions.csv'))
  for (const [i, decisions] of rounds.entries()) {
    const file = join(ctx.outDir, 'kms', `review-sme-putaran-${i + 1}.xlsx`)
    await fillReviewWorkbook(workbook.path, file, decisions)
    const r = await applyReview(ctx.store, file)
    ctx.progress(`putaran ${i + 1}: ${r.applied} keputusan diterapkan, ${r.rejected} ditolak`)
  }
  return true
}

import type {Catalogue} from '../types'

export const kms: Catalogue['kms'] = {
  nothingPending: (p) => `all ${p.articles} articles have a final decision (approve or exclude): none needs another review`,
  nothingPendingFix: 'without --pending, `prime-migrate kms review --out FILE.xlsx` writes every article with its decision',
  pendingAfterApply: (p) =>
    `${p.pending} of ${p.articles} articles are not final (${p.undecided} undecided, ${p.revise} revise, ${p.stale} changed since reviewed).`,
  nextRound: (p) => `Next round, only the articles not final: prime-migrate kms review --pending --out ${p.file}`,
  allFinal: (p) => `All ${p.articles} articles are final; go on with: prime-migrate run`,
  gateClear: (p) =>
    `fill in ${p.file}, then: prime-migrate kms apply-review ${p.file}; for the next round: prime-migrate kms review --pending --out ${p.next}, then kms apply-review that file`,
}

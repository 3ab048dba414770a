import type {Catalogue} from '../types'

export const kms: Catalogue['kms'] = {
  topicUnknown: (p) => `topic "${p.topic}" is not in mappings/topics.yaml`,
  topicAmbiguous: (p) => `topic "${p.topic}" could mean ${p.codes.map((c) => `"${c}"`).join(' or ')} of mappings/topics.yaml`,
  topicNotKnowledge: (p) => `topic "${p.topic}" is not knowledge (kms_category: null in mappings/topics.yaml)`,
  noDecision: 'no SME decision yet',
  changedSinceDecision: (p) => `the article changed after the decision ${p.decision} by ${p.reviewer} (${p.at}); it needs another review`,
  excludedBy: (p) => `excluded by the SME (${p.by})`,
  reviseBy: (p) => `to be revised, says the SME (${p.by})`,
  approvedNoCategory: (p) => `approved but without a KMS category: ${p.why}`,
  emptyCategory: 'empty category',
  decisionWord: {approve: 'approve', revise: 'revise', exclude: 'exclude'},
  nothingPending: (p) => `all ${p.articles} articles have a final decision (approve or exclude): none needs another review`,
  nothingPendingFix: 'without --pending, `prime-migrate kms review --out FILE.xlsx` writes every article with its decision',
  pendingAfterApply: (p) =>
    `${p.pending} of ${p.articles} articles are not final (${p.undecided} undecided, ${p.revise} revise, ${p.stale} changed since reviewed).`,
  nextRound: (p) => `Next round, only the articles not final: prime-migrate kms review --pending --out ${p.file}`,
  allFinal: (p) => `All ${p.articles} articles are final; go on with: prime-migrate run`,
  gateClear: (p) =>
    `fill in ${p.file}, then: prime-migrate kms apply-review ${p.file}; for the next round: prime-migrate kms review --pending --out ${p.next}, then kms apply-review that file`,
}

/** What a person reads about the SME review rounds. */
export const kms = {
  topicUnknown: (p: {topic: string}) => `topik "${p.topic}" tidak ada di mappings/topics.yaml`,
  topicAmbiguous: (p: {topic: string; codes: string[]}) =>
    `topik "${p.topic}" bisa berarti ${p.codes.map((c) => `"${c}"`).join(' atau ')} di mappings/topics.yaml`,
  topicNotKnowledge: (p: {topic: string}) => `topik "${p.topic}" bukan pengetahuan (kms_category: null di mappings/topics.yaml)`,
  noDecision: 'belum ada keputusan SME',
  changedSinceDecision: (p: {decision: string; reviewer: string; at: string}) =>
    `artikel berubah setelah keputusan ${p.decision} oleh ${p.reviewer} (${p.at}); perlu direviu ulang`,
  excludedBy: (p: {by: string}) => `dikeluarkan oleh SME (${p.by})`,
  reviseBy: (p: {by: string}) => `perlu perbaikan menurut SME (${p.by})`,
  approvedNoCategory: (p: {why: string}) => `disetujui tetapi tanpa kategori KMS: ${p.why}`,
  emptyCategory: 'kategori kosong',
  decisionWord: {approve: 'setujui', revise: 'revisi', exclude: 'keluarkan'} as Record<string, string>,
  nothingPending: (p: {articles: number}) =>
    `semua ${p.articles} artikel sudah diputuskan final (disetujui atau dikeluarkan): tidak ada yang perlu direviu lagi`,
  nothingPendingFix: 'tanpa --pending, `prime-migrate kms review --out FILE.xlsx` menulis semua artikel beserta keputusannya',
  pendingAfterApply: (p: {pending: number; articles: number; undecided: number; revise: number; stale: number}) =>
    `${p.pending} dari ${p.articles} artikel belum final (${p.undecided} belum diputuskan, ${p.revise} perlu revisi, ${p.stale} berubah setelah direviu).`,
  nextRound: (p: {file: string}) =>
    `Putaran berikutnya, hanya artikel yang belum final: prime-migrate kms review --pending --out ${p.file}`,
  allFinal: (p: {articles: number}) => `Semua ${p.articles} artikel sudah final; lanjutkan dengan: prime-migrate run`,
  gateClear: (p: {file: string; next: string}) =>
    `isi ${p.file}, lalu: prime-migrate kms apply-review ${p.file}; untuk putaran berikutnya: prime-migrate kms review --pending --out ${p.next}, lalu kms apply-review berkas itu`,
}

/** What a person reads about the SME review rounds. */
export const kms = {
  nothingPending: (p: {articles: number}) =>
    `semua ${p.articles} artikel sudah diputuskan final (approve atau exclude): tidak ada yang perlu direviu lagi`,
  nothingPendingFix: 'tanpa --pending, `prime-migrate kms review --out FILE.xlsx` menulis semua artikel beserta keputusannya',
  pendingAfterApply: (p: {pending: number; articles: number; undecided: number; revise: number; stale: number}) =>
    `${p.pending} dari ${p.articles} artikel belum final (${p.undecided} belum diputuskan, ${p.revise} revise, ${p.stale} berubah setelah direviu).`,
  nextRound: (p: {file: string}) =>
    `Putaran berikutnya, hanya artikel yang belum final: prime-migrate kms review --pending --out ${p.file}`,
  allFinal: (p: {articles: number}) => `Semua ${p.articles} artikel sudah final; lanjutkan dengan: prime-migrate run`,
  gateClear: (p: {file: string; next: string}) =>
    `isi ${p.file}, lalu: prime-migrate kms apply-review ${p.file}; untuk putaran berikutnya: prime-migrate kms review --pending --out ${p.next}, lalu kms apply-review berkas itu`,
}

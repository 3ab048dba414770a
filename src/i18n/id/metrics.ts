/** What a person reads about the metrics workbook's reconciliation with the published figures. */
export const metrics = {
  reconciled: (p: {file: string; compared: number; differences: number; missing: number}) =>
    `Direkonsiliasi dengan angka terpublikasi ${p.file}: ${p.compared} angka dibandingkan, ${p.differences} berbeda, ${p.missing} tidak ada dalam data (lembar Rekonsiliasi).`,
  notReconciled: 'Tidak direkonsiliasi: tidak ada berkas angka terpublikasi yang diberikan.',
  notReconciledDecided: (p: {note: string; actor: string; at: string}) =>
    `Tidak direkonsiliasi, sesuai keputusan no_published_figures oleh ${p.actor} (${p.at}): ${p.note}`,
  gateWaiting:
    'Tim Contact Center DJPK: tetapkan berkas angka terpublikasi untuk rekonsiliasi metrik, atau catat keputusan menyusun metrik tanpa rekonsiliasi',
  or: 'atau',
  gateFile: (p: {file: string}) => `angka terpublikasi ditetapkan: ${p.file}`,
  gateDecision: (p: {note: string; actor: string}) => `keputusan tanpa rekonsiliasi oleh ${p.actor}: ${p.note}`,
  settingSet: (p: {file: string; rows: number; sha256: string}) =>
    `Angka terpublikasi ditetapkan: ${p.file} (${p.rows} angka, SHA-256 ${p.sha256}). Langkah handover.metrics merekonsiliasi terhadapnya.`,
  decided: (p: {note: string}) => `Keputusan no_published_figures dicatat: buku kerja metrik disusun tanpa rekonsiliasi (${p.note}).`,
}

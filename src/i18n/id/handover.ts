/** The handover workbooks' texts this version adds: the draft's marking, the signed draft, the metrics' reconciliation. */
export const handover = {
  draftMark: 'DRAF — BELUM DISAHKAN',
  draftBanner:
    'Draf untuk diperiksa dan disahkan dengan `prime-migrate signoff`; SHA-256 berkas ini dicatat. Buku kerja final (handover.xlsx) disusun setelah ketiga pengesahan.',
  statusDraft: 'draf: menunggu pemeriksaan dan pengesahan',
  signedDraft: 'Draf yang disahkan',
  signedDraftSha: 'SHA-256 draf yang disahkan',
  metricsReconciliation: 'Rekonsiliasi metrik',
  metricsNotBuilt: 'buku kerja metrik belum disusun',
  signedAt: 'Waktu pengesahan (WIB)',
  draftFile: 'Draf yang diperiksa',
  draftSha: 'SHA-256 draf',
}

/** Notes plan steps record, which the handover workbook's plan sheet shows, and the workbook steps' progress. */
export const workbookSteps = {
  channelClosed: (p: {code: string}) => `kanal ${p.code} tertutup: semua langkah selesai`,
  checklistComplete: 'semua langkah daftar periksa kanal selesai',
  checklistReopened: 'daftar periksa kanal dibuka kembali',
  handoverWritten: (p: {file: string}) => `buku kerja serah terima: ${p.file}`,
  metricsComputing: 'menghitung metrik historis',
  metricsWritten: (p: {file: string; rows: string; charts: string; note: string}) =>
    `${p.file}: ${p.rows} baris, ${p.charts} grafik; ${p.note}`,
}

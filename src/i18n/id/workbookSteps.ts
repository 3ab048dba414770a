/** What the plan steps that write the workbooks record as their note and show as progress. */
export const workbookSteps = {
  handoverWritten: (p: {file: string}) => `buku kerja serah terima: ${p.file}`,
  metricsComputing: 'menghitung metrik historis',
  metricsWritten: (p: {file: string; rows: string; charts: string; note: string}) =>
    `${p.file}: ${p.rows} baris, ${p.charts} grafik; ${p.note}`,
}

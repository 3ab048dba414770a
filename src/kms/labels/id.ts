/**
 * The sheet name of the KMS import template (`articles.xlsx`), which Kemenkeu Prime's importer
 * reads: a fixed name, not a label of the run's language. The review workbook's labels are in the
 * catalogue (src/i18n/{id,en}/review.ts).
 */
export const ID_LABELS = {
  exportSheet: 'Artikel',
} as const

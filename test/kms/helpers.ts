import {join} from 'node:path'
import ExcelJS from 'exceljs'
import {writeReviewWorkbook} from '../../src/kms/review-workbook'
import {faqContentHash} from '../../src/sources/faq'
import {Store} from '../../src/store/store'
import {auditAsImport} from '../helpers/audited-import'
import {REVIEW_COLUMNS, ReviewColumn} from '../../src/kms/review-layout'
import {readColumnKeys} from '../../src/util/column-keys'

export interface FaqInput {
  no: string
  topic: string
  question: string
  answer: string
  sub_topic?: string | null
  legal_basis?: string | null
  correction?: string | null
  status?: string | null
}

/** Put articles straight into faq_articles, hashed as `import faq` hashes them. */
export async function insertFaq(store: Store, articles: FaqInput[]): Promise<void> {
  for (const [i, a] of articles.entries()) {
    const record = {sub_topic: null, legal_basis: null, correction: null, status: '0', ...a}
    const content_hash = faqContentHash(record)
    await store.knex('faq_articles').insert({
      ...record,
      updated: '2025-02-01',
      contributor: 'Agen A',
      content_hash,
      source: 'faq.xlsx',
      source_row: i + 2,
      row_hash: content_hash,
    })
  }
  await auditAsImport(store.knex, 'faq', {seeded: articles.length}, store.actor)
}

/** Change an article in the store as a re-import of an edited FAQ would. */
export async function changeAnswer(store: Store, no: string, answer: string): Promise<void> {
  const a = await store.knex('faq_articles').where({no}).first()
  const content_hash = faqContentHash({...a, answer})
  await store.knex('faq_articles').where({no}).update({answer, content_hash, row_hash: content_hash})
  await auditAsImport(store.knex, 'faq', {changed: no}, store.actor)
}

export const SAMPLE: FaqInput[] = [
  {
    no: '1',
    topic: 'DAU',
    question: 'Kapan DAU disalurkan?',
    answer: 'DAU disalurkan  setiap bulan.\r\n\r\n\r\nLihat PMK.',
    legal_basis: 'PMK 110/2024',
  },
  {no: '2', topic: 'DBH', question: 'Bagaimana menghitung DBH?', answer: 'Berdasarkan realisasi penerimaan.', status: '1'},
  {no: '3', topic: 'Dana Desa', question: 'Kapan DAU disalurkan ?', answer: 'Duplikat pertanyaan No 1.', correction: 'perlu dicek ulang'},
  {no: '4', topic: 'Spam', question: 'Promo pinjaman', answer: 'Abaikan.'},
  {no: '5', topic: 'PDRD', question: '=HYPERLINK("http://evil.example","klik")', answer: '+62 811 150420 7', legal_basis: '-'},
  {no: '6', topic: 'Aplikasi', question: '@SUM(A1:A2)', answer: '=1+1', correction: '\tcatatan'},
  {no: '7', topic: 'Transfer', question: 'Apa itu TKD?', answer: 'Transfer ke Daerah.'},
  {no: '8', topic: 'Pembiayaan', question: 'Apa syarat pinjaman daerah?', answer: 'Lihat PP 56/2018.'},
]

/** The review sheet of a workbook and its columns, found by their keys as apply-review finds them. */
export function reviewSheet(wb: ExcelJS.Workbook): {ws: ExcelJS.Worksheet; col: (key: ReviewColumn) => number} {
  const keys = readColumnKeys(wb, REVIEW_COLUMNS)
  if (!keys.ok) throw new Error(`column keys missing: ${keys.missing.join(', ')}`)
  return {ws: keys.sheet, col: (key) => keys.columns[key]}
}

/** Open a review workbook for editing as an SME would, and a helper to set a cell of a row by article No. */
export async function openForFilling(file: string): Promise<{
  wb: ExcelJS.Workbook
  ws: ExcelJS.Worksheet
  rowOf(no: string): ExcelJS.Row
  get(no: string, col: ReviewColumn): unknown
  set(no: string, col: ReviewColumn, value: ExcelJS.CellValue): void
  addRow(values: Partial<Record<ReviewColumn, string>>): void
}> {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.readFile(file)
  const {ws, col: columnNumber} = reviewSheet(wb)
  const rowOf = (no: string) => {
    for (let r = 2; r <= ws.rowCount; r++) if (String(ws.getRow(r).getCell(columnNumber('no')).value) === no) return ws.getRow(r)
    throw new Error(`no row for No ${no}`)
  }
  return {
    wb,
    ws,
    rowOf,
    get: (no, col) => rowOf(no).getCell(columnNumber(col)).value,
    set: (no, col, value) => (rowOf(no).getCell(columnNumber(col)).value = value),
    addRow: (values) => {
      const row = ws.getRow(ws.rowCount + 1)
      for (const [k, v] of Object.entries(values)) row.getCell(columnNumber(k as ReviewColumn)).value = v
    },
  }
}

/** The sample articles in the store and their review workbook, opened for filling. */
export async function sampleReview(store: Store, dir: string): Promise<{file: string} & Awaited<ReturnType<typeof openForFilling>>> {
  await insertFaq(store, SAMPLE)
  const file = join(dir, 'review.xlsx')
  await writeReviewWorkbook(store, file)
  return {file, ...(await openForFilling(file))}
}

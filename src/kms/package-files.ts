import {exceljs} from '../util/excel'
import {csvLine, xlsxText} from '../util/spreadsheet-safety'
import {deterministicXlsx} from './deterministic-xlsx'
import {ID_LABELS} from './labels/id'

/** One article as Kemenkeu Prime receives it (CONTRACT §5.2). */
export interface ExportedArticle {
  id: string
  no: string
  source: string | null
  source_row: number | null
  topic: string
  topic_label: string | null
  sub_topic: string | null
  category_path: string
  question: string
  answer: string
  legal_basis: string | null
  contributor: string | null
  updated: string | null
  reviewer: string
  reviewed_at: string
  review_comment: string | null
  content_hash: string
}

export const ARTICLE_FIELDS: (keyof ExportedArticle)[] = [
  'id',
  'no',
  'source',
  'source_row',
  'topic',
  'topic_label',
  'sub_topic',
  'category_path',
  'question',
  'answer',
  'legal_basis',
  'contributor',
  'updated',
  'reviewer',
  'reviewed_at',
  'review_comment',
  'content_hash',
]

/** JSON lines, text verbatim (no csv neutralising: JSON is never evaluated). */
export function articlesJsonl(articles: ExportedArticle[]): string {
  return articles.map((a) => JSON.stringify(Object.fromEntries(ARTICLE_FIELDS.map((f) => [f, a[f]]))) + '\n').join('')
}

/** RFC 4180 csv with CRLF rows; every text cell neutralised against formula injection (§5.6). */
export function articlesCsv(articles: ExportedArticle[]): string {
  return [csvLine(ARTICLE_FIELDS), ...articles.map((a) => csvLine(ARTICLE_FIELDS.map((f) => a[f])))].map((l) => `${l}\r\n`).join('')
}

/** The import template: one sheet, one header row of field names, every value a string cell. */
export async function articlesXlsx(articles: ExportedArticle[]): Promise<Buffer> {
  const wb = new (exceljs().Workbook)()
  wb.creator = 'prime-migrate'
  // Fixed dates keep the file identical between exports of the same store.
  wb.created = new Date(Date.UTC(2000, 0, 1))
  wb.modified = wb.created
  const ws = wb.addWorksheet(ID_LABELS.exportSheet, {views: [{state: 'frozen', ySplit: 1}]})
  ws.addRow(ARTICLE_FIELDS)
  ws.getRow(1).font = {bold: true}
  for (const a of articles) {
    ws.addRow(
      ARTICLE_FIELDS.map((f) => {
        const v = a[f]
        return v === null ? null : typeof v === 'number' ? v : xlsxText(v)
      }),
    )
  }
  ARTICLE_FIELDS.forEach((f, i) => (ws.getColumn(i + 1).width = f === 'answer' ? 80 : f === 'question' ? 50 : 20))
  return deterministicXlsx(Buffer.from(await wb.xlsx.writeBuffer()))
}

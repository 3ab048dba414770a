import {stableHash} from '../util/hash'
import {Article, reviewedByTechTeam, stableId} from './articles'
import {ID_LABELS} from './labels/id'

/** The review sheet's columns, in order. The sheet is protected, so positions stay put. */
export const REVIEW_COLUMNS = [
  'id',
  'no',
  'topic',
  'sub_topic',
  'proposed_category',
  'question',
  'answer',
  'legal_basis',
  'correction',
  'status',
  'flags',
  'decision',
  'category_override',
  'reviewer',
  'comment',
  'content_hash',
  'cells_hash',
] as const
export type ReviewColumn = (typeof REVIEW_COLUMNS)[number]

export const EDITABLE_COLUMNS: ReadonlySet<ReviewColumn> = new Set(['decision', 'category_override', 'reviewer', 'comment'])

/** Columns that show the article itself: an edit to any of them is refused on apply. */
export const ARTICLE_COLUMNS = ['id', 'no', 'topic', 'sub_topic', 'question', 'answer', 'legal_basis', 'correction', 'status'] as const
export type ArticleColumn = (typeof ARTICLE_COLUMNS)[number]

/** 1-based column number of a review column. */
export function columnNumber(col: ReviewColumn): number {
  return REVIEW_COLUMNS.indexOf(col) + 1
}

export const META_SHEET = '_meta'
export const META_KEYS = {workbookId: 'workbook_id', generatedAt: 'generated_at', toolVersion: 'tool_version'} as const

/** How the article shows in its locked cells; apply-review compares the workbook against this. */
export function articleCells(article: Article): Record<ArticleColumn, string> {
  const status = article.status === null || article.status.trim() === '' ? '' : article.status.trim()
  const statusText = `${status === '' ? '(kosong)' : status} — ${reviewedByTechTeam(article.status) ? ID_LABELS.review.statusReviewed : ID_LABELS.review.statusPending}`
  return {
    id: stableId(article.no),
    no: article.no,
    topic: article.topic,
    sub_topic: article.sub_topic ?? '',
    question: article.question,
    answer: article.answer,
    legal_basis: article.legal_basis ?? '',
    correction: article.correction ?? '',
    status: statusText,
  }
}

/** Cell text compared as a person sees it: Excel may turn line endings into CRLF on save. */
export function comparableText(text: string): string {
  return text.replace(/\r\n?/g, '\n')
}

/** Hash of the locked cells as written, so an edit is caught even when the article in the store has moved on. */
export function cellsHash(cells: Record<ArticleColumn, string>): string {
  return stableHash(ARTICLE_COLUMNS.map((k) => comparableText(cells[k])))
}

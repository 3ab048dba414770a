import {Lang, LANGS, msg} from '../i18n'
import {Article, reviewedByTechTeam, stableId} from './articles'
import {keyedHash} from './review-secret'
import {Decision, DECISIONS} from './reviews'

/**
 * The review sheet's columns, in order. Each is named by its key in the workbook (util/column-keys),
 * and read back by that key, never by its label.
 */
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

/** 1-based column number of a review column, as written. */
export function columnNumber(col: ReviewColumn): number {
  return REVIEW_COLUMNS.indexOf(col) + 1
}

export const META_SHEET = '_meta'
export const META_KEYS = {workbookId: 'workbook_id', generatedAt: 'generated_at', toolVersion: 'tool_version', lang: 'lang'} as const

/** How the article shows in its locked cells in a workbook of `lang`; apply-review names edited columns by this. */
export function articleCells(article: Article, lang: Lang): Record<ArticleColumn, string> {
  const L = msg(lang).review
  const status = article.status === null || article.status.trim() === '' ? '' : article.status.trim()
  const statusText = `${status === '' ? L.emptyStatus : status} — ${reviewedByTechTeam(article.status) ? L.statusReviewed : L.statusPending}`
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

/**
 * The keyed tamper hash of a row's locked cells as written: keys and values (never labels), the
 * article's content hash, the workbook and the sheet row it was written on (so locked rows swapped
 * do not pass). Keyed with the store's secret, so an edit
 * with the hash recomputed by hand does not pass.
 */
export function cellsHash(
  secret: string,
  workbookId: string,
  row: number,
  cells: Record<ArticleColumn, string> & {content_hash: string},
): string {
  const values = Object.fromEntries([...ARTICLE_COLUMNS, 'content_hash' as const].map((k) => [k, comparableText(cells[k])]))
  return keyedHash(secret, {kind: 'kms.review', workbook: workbookId, row, cells: values})
}

/** The decision a cell names: a stable code or the word either language's workbook shows. */
export function decisionOf(text: string): Decision | undefined {
  const t = text.trim().toLowerCase()
  if ((DECISIONS as readonly string[]).includes(t)) return t as Decision
  for (const lang of LANGS) {
    const words = msg(lang).review.decisions
    const found = DECISIONS.find((d) => words[d].toLowerCase() === t)
    if (found) return found
  }
  return undefined
}

/** The decision as a workbook of `lang` shows it. */
export function decisionWord(decision: Decision, lang: Lang): string {
  return msg(lang).review.decisions[decision]
}

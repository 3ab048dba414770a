import {Knex} from 'knex'
import type {FaqRecord} from '../sources/faq'

/** One FAQ article as the store holds it (`faq_articles`): the imported record and where it came from. */
export interface Article extends FaqRecord {
  source: string | null
  source_row: number | null
}

const COLUMNS = [
  'no',
  'topic',
  'sub_topic',
  'question',
  'answer',
  'legal_basis',
  'correction',
  'status',
  'updated',
  'contributor',
  'content_hash',
  'source',
  'source_row',
]

/** Every article, in the order of their No (numeric Nos by value, others after them by text). */
export async function loadArticles(knex: Knex): Promise<Article[]> {
  const rows: Article[] = await knex('faq_articles').select(COLUMNS)
  return rows
    .map((r) => ({...r, no: String(r.no), source_row: r.source_row === null ? null : Number(r.source_row)}))
    .sort((a, b) => compareNo(a.no, b.no))
}

export function compareNo(a: string, b: string): number {
  const na = /^\d+$/.test(a) ? Number(a) : NaN
  const nb = /^\d+$/.test(b) ? Number(b) : NaN
  if (!Number.isNaN(na) && !Number.isNaN(nb)) return na - nb
  if (!Number.isNaN(na)) return -1
  if (!Number.isNaN(nb)) return 1
  return a < b ? -1 : a > b ? 1 : 0
}

/** The article's id in the KMS package, derived from its FAQ No so it never changes between exports. */
export function stableId(no: string): string {
  const trimmed = no.trim()
  if (/^\d+$/.test(trimmed)) return `DJPK-FAQ-${String(Number(trimmed)).padStart(4, '0')}`
  return `DJPK-FAQ-${trimmed
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '-')
    .replace(/^-|-$/g, '')}`
}

/** Status 0 means the technical team reviewed the article; anything else, or empty, means it has not. */
export function reviewedByTechTeam(status: string | null): boolean {
  return status !== null && status.trim() !== '' && Number(status.trim()) === 0
}

/**
 * Whitespace tidied without touching the words: line endings unified, spaces and tabs inside a
 * line collapsed, trailing spaces dropped, runs of blank lines kept to one, ends trimmed.
 */
export function normaliseText(text: string | null): string | null {
  if (text === null) return null
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .replace(/[\u200b\ufeff]/g, '')
    .split('\n')
    .map((line) => line.replace(/[ \t\f\v]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}

/** A question reduced to its words (case, accents, punctuation and spacing ignored) to find duplicates. */
export function duplicateKey(question: string): string {
  return question
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

/** For each article whose question duplicates another's, the Nos of the others. */
export function findDuplicates(articles: Article[]): Map<string, string[]> {
  const groups = new Map<string, string[]>()
  for (const a of articles) {
    const key = duplicateKey(a.question)
    if (!key) continue
    groups.set(key, [...(groups.get(key) ?? []), a.no])
  }
  const out = new Map<string, string[]>()
  for (const nos of groups.values()) {
    if (nos.length < 2) continue
    for (const no of nos)
      out.set(
        no,
        nos.filter((n) => n !== no),
      )
  }
  return out
}

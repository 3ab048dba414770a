import {Knex} from 'knex'

export const DECISIONS = ['approve', 'revise', 'exclude'] as const
export type Decision = (typeof DECISIONS)[number]

/** One applied SME decision (`kms_reviews`). */
export interface Review {
  id: number
  article_no: string
  decision: Decision
  category_override: string | null
  reviewer: string
  comment: string | null
  reviewed_at: string
  content_hash: string
  workbook_id: string
  workbook_row: number
  actor: string
}

export interface ReviewWorkbook {
  id: string
  path: string
  articles: number
  created_at: string
  actor: string
}

/** Each article's latest decision, by article No. */
export async function latestReviews(knex: Knex): Promise<Map<string, Review>> {
  const latest = knex('kms_reviews').max({id: 'id'}).groupBy('article_no')
  const rows: Review[] = await knex('kms_reviews').whereIn('id', latest)
  return new Map(rows.map((r) => [String(r.article_no), {...r, id: Number(r.id), workbook_row: Number(r.workbook_row)}]))
}

export async function insertReview(trx: Knex, review: Omit<Review, 'id'>): Promise<void> {
  await trx('kms_reviews').insert(review)
}

export async function registerWorkbook(trx: Knex, workbook: ReviewWorkbook): Promise<void> {
  await trx('kms_review_workbooks').insert(workbook)
}

export async function findWorkbook(knex: Knex, id: string): Promise<ReviewWorkbook | undefined> {
  const row = await knex('kms_review_workbooks').where({id}).first()
  return row ? {...row, articles: Number(row.articles)} : undefined
}

/** The most recently made review workbook, if any. */
export async function latestWorkbook(knex: Knex): Promise<ReviewWorkbook | undefined> {
  const row = await knex('kms_review_workbooks')
    .orderBy([
      {column: 'created_at', order: 'desc'},
      {column: 'id', order: 'desc'},
    ])
    .first()
  return row ? {...row, articles: Number(row.articles)} : undefined
}

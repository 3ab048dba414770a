import {Knex} from 'knex'
import {dialectOf} from '../dialect'

/**
 * Free text that registers and people write (a ticket's subject, an article's legal basis, a
 * statement, a note) was TEXT, which MySQL/MariaDB stops at 64 KB while SQLite takes it whole: the
 * same file loaded on one store and aborted batches on the other. Now every such column takes what
 * the other store takes.
 */
const WIDENED: Record<string, string[]> = {
  tickets: ['subject'],
  faq_articles: ['legal_basis', 'correction'],
  roster: ['sme'],
  visits: ['topics'],
  signoffs: ['statement'],
  kms_reviews: ['comment'],
  region_aliases: ['comment'],
  channel_steps: ['evidence', 'note'],
  plan_steps: ['note'],
  rejects: ['reason'],
}

export async function up(knex: Knex): Promise<void> {
  const dialect = dialectOf(knex)
  for (const [table, columns] of Object.entries(WIDENED)) await dialect.widenText(knex, table, columns)
}

// Narrowing would cut the text that only the wider columns could hold.
export async function down(): Promise<void> {}

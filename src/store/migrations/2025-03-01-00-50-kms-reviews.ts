import {Knex} from 'knex'
import {createTable, KEY_LENGTH} from '../schema-helpers'

export async function up(knex: Knex): Promise<void> {
  // Each SME review workbook the tool hands out; apply-review only accepts workbooks it knows.
  await createTable(knex, 'kms_review_workbooks', (t) => {
    t.string('id', 64).primary()
    t.text('path').notNullable()
    t.integer('articles').notNullable()
    t.string('created_at', 30).notNullable()
    t.string('actor', 191).notNullable()
  })
  // Every decision ever applied, never updated in place: an article's decision is its latest row.
  await createTable(knex, 'kms_reviews', (t) => {
    t.increments('id').primary()
    t.string('article_no', KEY_LENGTH).notNullable().index()
    t.string('decision', 16).notNullable() // approve | revise | exclude
    t.string('category_override', 255).nullable()
    t.string('reviewer', 191).notNullable()
    t.text('comment').nullable()
    t.string('reviewed_at', 30).notNullable()
    // The article's content hash the SME saw: a later change to the article voids the decision.
    t.string('content_hash', 64).notNullable()
    t.string('workbook_id', 64).notNullable()
    t.integer('workbook_row').notNullable()
    t.string('actor', 191).notNullable()
  })
}

// Review decisions are evidence for the handover; a down migration would only destroy it.
export async function down(): Promise<void> {}

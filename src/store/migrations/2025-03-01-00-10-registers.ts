import {Knex} from 'knex'
import {createTable, KEY_LENGTH, longText} from '../schema-helpers'

/** Columns every register shares: where a row came from, its content hash, and the import that last read it. */
function provenance(t: Knex.CreateTableBuilder): void {
  t.string('source', 255).nullable()
  t.integer('source_row').nullable()
  t.string('row_hash', 64).notNullable()
  // Set by every import that reads the row; a second sight in the same import is a repeated key.
  t.integer('seen_import').nullable()
}

export async function up(knex: Knex): Promise<void> {
  await createTable(knex, 'tickets', (t) => {
    t.string('ticket_id', KEY_LENGTH).primary()
    t.string('channel', 16).notNullable()
    t.string('created_at', 30).notNullable() // UTC instant, ISO 8601 with Z
    t.string('created_local', 19).notNullable() // Asia/Jakarta wall clock, YYYY-MM-DD HH:mm:ss
    t.string('period', 7).notNullable() // YYYY-MM of Asia/Jakarta time
    t.string('local_date', 10).notNullable()
    t.integer('local_weekday').notNullable() // 1 = Monday … 7 = Sunday
    t.integer('local_minute').notNullable() // minutes since local midnight
    t.string('requester_type', 16).notNullable()
    t.string('region', 255).nullable()
    t.string('province', 128).nullable()
    t.string('zone', 8).nullable() // WIB | WITA | WIT, null when unknown
    t.string('topic', 64).notNullable()
    t.string('agent', 191).nullable()
    t.text('subject').nullable()
    longText(t, 'body').nullable()
    t.string('requester_name', 255).nullable()
    t.string('requester_email', 255).nullable()
    t.string('requester_phone', 64).nullable()
    t.string('status', 16).nullable()
    t.string('escalated_unit', 32).nullable()
    t.string('escalated_at', 30).nullable()
    t.string('escalated_local_date', 10).nullable()
    t.string('escalated_period', 7).nullable()
    t.string('l2_responded_at', 30).nullable()
    t.string('l2_responded_local_date', 10).nullable()
    t.boolean('confidential').notNullable().defaultTo(false)
    provenance(t)
    t.index(['period', 'channel'])
    t.index(['escalated_period'])
  })
  await createTable(knex, 'faq_articles', (t) => {
    t.string('no', KEY_LENGTH).primary()
    t.string('topic', 128).notNullable()
    t.string('sub_topic', 255).nullable()
    longText(t, 'question').notNullable()
    longText(t, 'answer').notNullable()
    t.text('legal_basis').nullable()
    t.text('correction').nullable()
    t.string('status', 32).nullable()
    t.string('updated', 32).nullable()
    t.string('contributor', 191).nullable()
    t.string('content_hash', 64).notNullable()
    provenance(t)
  })
  await createTable(knex, 'roster', (t) => {
    t.string('agent_id', KEY_LENGTH).primary()
    t.string('name', 255).notNullable()
    t.string('email', 255).nullable()
    t.string('level', 8).notNullable() // L1 | L2 | PRIME
    t.string('unit', 128).nullable()
    t.boolean('kms_contributor').notNullable().defaultTo(false)
    t.text('sme').nullable() // topics this person is SME for, separated by ';'
    provenance(t)
  })
  await createTable(knex, 'survey_responses', (t) => {
    t.string('response_id', KEY_LENGTH).primary()
    t.string('agent', 191).notNullable()
    t.string('respondent', 255).notNullable()
    t.string('submitted_at', 30).notNullable()
    t.string('period', 7).notNullable().index()
    t.integer('kepuasan_layanan').notNullable()
    t.integer('substansi_jawaban').notNullable()
    provenance(t)
  })
  await createTable(knex, 'chatbot_sessions', (t) => {
    t.string('session_id', KEY_LENGTH).primary()
    t.string('started_at', 30).notNullable()
    t.string('period', 7).notNullable().index()
    t.string('menu', 255).notNullable()
    provenance(t)
  })
  await createTable(knex, 'visits', (t) => {
    t.string('visit_id', KEY_LENGTH).primary()
    t.string('date', 10).notNullable()
    t.string('period', 7).notNullable().index()
    t.string('region', 255).notNullable()
    t.string('province', 128).nullable()
    t.string('zone', 8).nullable()
    t.text('topics').nullable()
    t.integer('guests').notNullable()
    provenance(t)
  })
  await createTable(knex, 'vicons', (t) => {
    t.string('vicon_id', KEY_LENGTH).primary()
    t.string('date', 10).notNullable()
    t.string('period', 7).notNullable().index()
    t.string('region', 255).notNullable()
    t.string('province', 128).nullable()
    t.string('zone', 8).nullable()
    t.string('topic', 128).nullable()
    provenance(t)
  })
}

// Registers are rebuilt from their source files; a down migration would only destroy history.
export async function down(): Promise<void> {}

import {Knex} from 'knex'
import {createTable} from '../schema-helpers'

/** Ticket archive exports: one row per export, one per finished month file, so a killed export resumes. */
export async function up(knex: Knex): Promise<void> {
  await createTable(knex, 'archive_runs', (t) => {
    t.increments('id').primary()
    t.text('out_dir').notNullable()
    t.string('format', 8).notNullable()
    t.boolean('include_confidential').notNullable()
    t.bigInteger('signature_rows').notNullable()
    t.string('signature_sha256', 64).notNullable()
    t.string('status', 16).notNullable() // running | complete
    t.string('actor', 191).notNullable()
    t.string('started_at', 30).notNullable()
    t.string('finished_at', 30).nullable()
    t.string('manifest_sha256', 64).nullable()
    t.string('verified_at', 30).nullable()
    t.string('verified_signature', 64).nullable() // the store signature the verification saw
  })
  await createTable(knex, 'archive_files', (t) => {
    t.increments('id').primary()
    t.integer('run_id').notNullable().index()
    t.string('period', 7).notNullable()
    t.string('file', 64).notNullable() // relative to the out dir, e.g. tickets/2025-01.jsonl
    t.bigInteger('rows').notNullable()
    t.bigInteger('bytes').notNullable()
    t.string('sha256', 64).notNullable()
    t.text('counts').notNullable() // JSON: per channel source, exported, excluded, reasons, redacted
    t.string('finished_at', 30).notNullable()
    t.unique(['run_id', 'period'])
  })
  // The archive reads each month in (created_at, ticket_id) order; this index makes that a scan, not a sort.
  await knex.schema.alterTable('tickets', (t) => {
    t.index(['period', 'created_at', 'ticket_id'], 'tickets_archive_order')
  })
}

// Progress tables only; dropping them loses nothing an export cannot redo, but keep history by default.
export async function down(): Promise<void> {}

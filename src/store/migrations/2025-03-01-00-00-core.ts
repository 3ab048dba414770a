import {Knex} from 'knex'
import {createTable, KEY_LENGTH, longText} from '../schema-helpers'

export async function up(knex: Knex): Promise<void> {
  await createTable(knex, 'meta', (t) => {
    t.string('key', 64).primary()
    t.text('value')
  })
  await createTable(knex, 'audit_log', (t) => {
    t.increments('id').primary()
    t.string('at', 30).notNullable()
    t.string('actor', 191).notNullable()
    t.string('command', 191).notNullable()
    t.string('action', 191).notNullable()
    longText(t, 'details').notNullable()
    t.string('prev_hash', 64).notNullable()
    t.string('hash', 64).notNullable()
  })
  await createTable(knex, 'locks', (t) => {
    t.string('name', 64).primary()
    t.string('holder', 191).notNullable()
    t.string('host', 191).notNullable()
    t.integer('pid').notNullable()
    t.string('command', 191).notNullable()
    t.string('acquired_at', 30).notNullable()
    t.string('heartbeat_at', 30).notNullable()
  })
  await createTable(knex, 'plan_steps', (t) => {
    t.string('id', 96).primary()
    t.string('stage', 32).notNullable()
    t.integer('stage_order').notNullable()
    t.integer('seq').notNullable()
    t.string('kind', 16).notNullable() // auto | gate | decision
    t.string('title', 255).notNullable()
    t.string('owner', 128).notNullable()
    t.string('due_date', 10).nullable()
    t.string('status', 16).notNullable()
    t.string('actor', 191).nullable()
    t.string('updated_at', 30).nullable()
    t.text('note').nullable()
    t.text('depends_on').nullable() // JSON array of step ids
    t.string('seed_ref', 191).nullable() // the consolidation-table row this step carries out
  })
  await createTable(knex, 'artifacts', (t) => {
    t.increments('id').primary()
    t.string('kind', 64).notNullable()
    t.text('path').notNullable()
    t.string('sha256', 64).notNullable()
    t.bigInteger('bytes').notNullable()
    t.bigInteger('rows').nullable()
    t.string('created_at', 30).notNullable()
    t.string('actor', 191).notNullable()
  })
  await createTable(knex, 'imports', (t) => {
    t.increments('id').primary()
    t.string('register', 32).notNullable()
    t.text('source').notNullable()
    t.string('started_at', 30).notNullable()
    t.string('finished_at', 30).nullable()
    t.string('actor', 191).notNullable()
    t.integer('read').notNullable().defaultTo(0)
    t.integer('loaded').notNullable().defaultTo(0)
    t.integer('updated').notNullable().defaultTo(0)
    t.integer('unchanged').notNullable().defaultTo(0)
    t.integer('rejected').notNullable().defaultTo(0)
    t.integer('excluded').notNullable().defaultTo(0)
    t.text('rejects_file').nullable()
  })
  await createTable(knex, 'rejects', (t) => {
    t.increments('id').primary()
    t.integer('import_id').notNullable().index()
    t.string('register', 32).notNullable()
    t.text('file').notNullable()
    t.integer('row_no').notNullable()
    t.string('field', KEY_LENGTH).notNullable()
    t.text('reason').notNullable()
    longText(t, 'raw').nullable()
  })
}

// The first migration has nothing to go back to: dropping it would drop the audit log with it.
export async function down(): Promise<void> {}

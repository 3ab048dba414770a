import {Knex} from 'knex'
import {createTable} from '../schema-helpers'

/**
 * What the record needs to say only what happened: a change counter per input (so a step, the
 * archive or a draft knows what it was computed from), the inputs each done step saw, the handover
 * drafts people sign, and the draft each sign-off is for.
 */
export async function up(knex: Knex): Promise<void> {
  await createTable(knex, 'changes', (t) => {
    t.string('input', 96).primary() // tickets, faq, kms_decisions, channels, step:<id>, …
    t.bigInteger('counter').notNullable()
    t.string('changed_at', 30).notNullable()
    t.string('actor', 191).notNullable()
  })
  await knex.schema.alterTable('plan_steps', (t) => {
    t.text('inputs').nullable() // JSON {input: counter} as it stood when the step was last done
  })
  await createTable(knex, 'handover_drafts', (t) => {
    t.increments('id').primary()
    t.text('path').notNullable()
    t.string('sha256', 64).notNullable()
    t.bigInteger('bytes').notNullable()
    t.text('inputs').notNullable() // JSON {input: counter} the draft was built from
    t.string('created_at', 30).notNullable()
    t.string('actor', 191).notNullable()
  })
  await knex.schema.alterTable('signoffs', (t) => {
    t.integer('draft_id').nullable()
    t.string('draft_sha256', 64).nullable()
    t.text('draft_path').nullable()
  })
  await knex.schema.alterTable('archive_runs', (t) => {
    t.bigInteger('verified_tickets_change').nullable() // the tickets change counter the verification saw
  })
}

// Sign-offs and drafts are evidence; a down migration would erase it.
export async function down(): Promise<void> {}

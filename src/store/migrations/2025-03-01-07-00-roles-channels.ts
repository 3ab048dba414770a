import {Knex} from 'knex'
import {createTable, KEY_LENGTH} from '../schema-helpers'

/** Who each person becomes (roles map), the SMEs per topic, the routing per topic, and each closing channel's checklist. */
export async function up(knex: Knex): Promise<void> {
  await createTable(knex, 'role_assignments', (t) => {
    t.string('agent_id', KEY_LENGTH).primary()
    t.string('name', 255).notNullable()
    t.string('unit', 128).nullable()
    t.string('old_level', 8).notNullable()
    t.string('new_level', 8).notNullable()
    t.string('team', 64).nullable() // the L3 team a former L2 agent joins
    t.string('actor', 191).notNullable()
    t.string('updated_at', 30).notNullable()
  })
  await createTable(knex, 'sme_assignments', (t) => {
    t.string('topic', 64).notNullable()
    t.string('agent_id', KEY_LENGTH).notNullable()
    t.string('name', 255).notNullable()
    t.string('unit', 128).nullable()
    t.string('actor', 191).notNullable()
    t.string('updated_at', 30).notNullable()
    t.primary(['topic', 'agent_id'])
  })
  await createTable(knex, 'routing', (t) => {
    t.string('topic', 64).primary()
    t.string('l1', 128).notNullable()
    t.string('l2', 128).notNullable()
    t.string('l3_team', 64).notNullable()
    t.string('l3_account', 255).notNullable()
    t.string('actor', 191).notNullable()
    t.string('updated_at', 30).notNullable()
  })
  await createTable(knex, 'channel_steps', (t) => {
    t.string('channel', 32).notNullable()
    t.string('step', 64).notNullable()
    t.string('status', 16).notNullable()
    t.text('evidence').nullable()
    t.string('evidence_kind', 8).nullable() // text | url | file
    t.string('evidence_sha256', 64).nullable()
    t.bigInteger('evidence_bytes').nullable()
    t.text('note').nullable()
    t.string('actor', 191).notNullable()
    t.string('updated_at', 30).notNullable()
    t.primary(['channel', 'step'])
  })
}

// Dropping would lose audited decisions; a downgrade keeps the tables.
export async function down(): Promise<void> {}

import {Knex} from 'knex'

/**
 * tickets(escalated_period) is the leading column of tickets_escalation_index, so every query it
 * could serve that one serves too; keeping both only costs a write per ticket on every import
 * (measured by `npm run bench`).
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('tickets', (t) => t.dropIndex(['escalated_period']))
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('tickets', (t) => t.index(['escalated_period']))
}

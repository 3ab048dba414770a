import {Knex} from 'knex'

const MERGED = [
  'tickets_period_channel_index',
  'tickets_period_requester_type_index',
  'tickets_period_topic_index',
  'tickets_service_hours_index',
]

/**
 * One index for every per-ticket grouping of the metrics (channel, requester type, topic, zone and
 * service hours), read in one pass, instead of four read one after the other: each index a ticket is
 * written into is a B-tree insert on every import row (measured by `npm run bench`). The archive's
 * per-month counts read its (period, channel) prefix.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('tickets', (t) => {
    t.index(
      ['period', 'channel', 'requester_type', 'topic', 'zone', 'local_weekday', 'local_minute', 'local_date', 'escalated_period'],
      'tickets_dimensions_index',
    )
  })
  await knex.schema.alterTable('tickets', (t) => {
    for (const name of MERGED) t.dropIndex([], name)
  })
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('tickets', (t) => {
    t.index(['period', 'channel'], 'tickets_period_channel_index')
    t.index(['period', 'requester_type'], 'tickets_period_requester_type_index')
    t.index(['period', 'topic'], 'tickets_period_topic_index')
    t.index(['period', 'zone', 'local_weekday', 'local_minute', 'local_date', 'escalated_period'], 'tickets_service_hours_index')
  })
  await knex.schema.alterTable('tickets', (t) => t.dropIndex([], 'tickets_dimensions_index'))
}

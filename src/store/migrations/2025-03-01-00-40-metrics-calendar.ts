import {Knex} from 'knex'
import {createTable} from '../schema-helpers'

/**
 * The days the escalation score counts are facts of the calendar (date, ISO weekday) kept in the
 * store, so H+n is counted in SQL. Which days are holidays stays in mappings/holidays.yaml and is
 * bound into each query: a stored working-day flag would silently go stale when that file changes.
 */
export const CALENDAR_FIRST = '2010-01-01'
export const CALENDAR_LAST = '2040-12-31'

function days(): Array<{day: string; weekday: number}> {
  const out = []
  const last = Date.parse(`${CALENDAR_LAST}T00:00:00Z`)
  for (let t = Date.parse(`${CALENDAR_FIRST}T00:00:00Z`); t <= last; t += 86_400_000) {
    const d = new Date(t)
    out.push({day: d.toISOString().slice(0, 10), weekday: d.getUTCDay() === 0 ? 7 : d.getUTCDay()})
  }
  return out
}

export async function up(knex: Knex): Promise<void> {
  await createTable(knex, 'calendar', (t) => {
    t.string('day', 10).primary()
    t.integer('weekday').notNullable() // 1 = Monday … 7 = Sunday
  })
  const all = days()
  for (let i = 0; i < all.length; i += 500) await knex('calendar').insert(all.slice(i, i + 500))
  // Each grouping of CONTRACT §6 reads one covering index instead of the whole table.
  await knex.schema.alterTable('tickets', (t) => {
    t.index(['period', 'requester_type'], 'tickets_period_requester_type_index')
    t.index(['period', 'topic'], 'tickets_period_topic_index')
    t.index(['period', 'zone', 'local_weekday', 'local_minute', 'local_date', 'escalated_period'], 'tickets_service_hours_index')
    t.index(['escalated_period', 'escalated_unit', 'escalated_local_date', 'l2_responded_local_date'], 'tickets_escalation_index')
  })
  await knex.schema.alterTable('chatbot_sessions', (t) => t.index(['period', 'menu'], 'chatbot_sessions_period_menu_index'))
  await knex.schema.alterTable('survey_responses', (t) => t.index(['period', 'agent'], 'survey_responses_period_agent_index'))
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('calendar')
}

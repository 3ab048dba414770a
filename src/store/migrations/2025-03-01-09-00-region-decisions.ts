import {Knex} from 'knex'
import {createTable, KEY_LENGTH} from '../schema-helpers'

/**
 * Why a ticket's zone is unknown (`tickets.region_status`), and the region texts people decided
 * with `mappings apply` (`region_aliases`): the place each names, or none.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('tickets', (t) => {
    t.string('region_status', 16).nullable() // resolved | empty | unrecognised | ambiguous | not_a_region
  })
  // Rows stored before this know only whether a zone was found; the next import or `mappings apply` says more.
  await knex('tickets').whereNull('region').update({region_status: 'empty'})
  await knex('tickets').whereNotNull('region').whereNotNull('zone').update({region_status: 'resolved'})
  await knex('tickets').whereNotNull('region').whereNull('zone').update({region_status: 'unrecognised'})
  await createTable(knex, 'region_aliases', (t) => {
    t.string('alias_key', KEY_LENGTH).primary() // the text folded as names are compared
    t.string('text', 255).notNullable() // as a register wrote it
    t.string('code', 16).nullable() // idn-area-data province or regency; null: names no region
    t.string('province', 128).nullable()
    t.text('comment').nullable()
    t.string('workbook_id', 64).nullable()
    t.string('actor', 191).notNullable()
    t.string('decided_at', 30).notNullable()
  })
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('region_aliases')
  await knex.schema.alterTable('tickets', (t) => t.dropColumn('region_status'))
}

import {Knex} from 'knex'

/**
 * What a sign-off's statement is, beside the text recorded: the standard statement (`standard`) or the
 * one the signer typed (`typed`, kept verbatim), so a workbook in either language renders the standard
 * one in its own language. Sign-offs recorded before carry neither and show their text as recorded.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('signoffs', (t) => {
    t.string('statement_code', 16).nullable()
    t.text('statement_typed').nullable()
  })
}

// Sign-offs are evidence; a down migration would erase it.
export async function down(): Promise<void> {}

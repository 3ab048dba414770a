import {Knex} from 'knex'
import {createTable} from '../schema-helpers'

export async function up(knex: Knex): Promise<void> {
  await createTable(knex, 'signoffs', (t) => {
    t.increments('id').primary()
    t.string('role', 32).notNullable()
    t.string('name', 255).notNullable()
    t.string('organisation', 255).nullable()
    t.text('statement').notNullable()
    t.string('signed_at', 30).notNullable()
    t.string('actor', 191).notNullable()
  })
}

// Sign-offs are evidence; a down migration would erase it.
export async function down(): Promise<void> {}

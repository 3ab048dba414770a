import {Knex} from 'knex'
import {dialectOf} from './dialect'

/** Create a table with the store's defaults (on MySQL utf8mb4 with binary collation, so keys compare exactly). */
export async function createTable(knex: Knex, name: string, build: (t: Knex.CreateTableBuilder) => void): Promise<void> {
  const dialect = dialectOf(knex)
  await knex.schema.createTable(name, (t) => {
    dialect.tableDefaults(t)
    build(t)
  })
}

/** Natural keys are indexed text; 191 characters keeps a utf8mb4 index inside InnoDB's limit. */
export const KEY_LENGTH = 191

/** Long free text (answers, ticket bodies); MySQL's plain TEXT stops at 64 KB. */
export function longText(t: Knex.CreateTableBuilder, name: string): Knex.ColumnBuilder {
  return t.text(name, 'longtext')
}

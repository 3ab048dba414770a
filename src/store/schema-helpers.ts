import {Knex} from 'knex'

/** Create a table with the store's defaults: utf8mb4 with binary collation on MySQL, so keys compare exactly. */
export async function createTable(knex: Knex, name: string, build: (t: Knex.CreateTableBuilder) => void): Promise<void> {
  await knex.schema.createTable(name, (t) => {
    if (knex.client.config.client === 'mysql2') {
      t.charset('utf8mb4')
      t.collate('utf8mb4_bin')
      t.engine('InnoDB')
    }
    build(t)
  })
}

/** Natural keys are indexed text; 191 characters keeps a utf8mb4 index inside InnoDB's limit. */
export const KEY_LENGTH = 191

/** Long free text (answers, ticket bodies); MySQL's plain TEXT stops at 64 KB. */
export function longText(t: Knex.CreateTableBuilder, name: string): Knex.ColumnBuilder {
  return t.text(name, 'longtext')
}

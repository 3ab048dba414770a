import {Knex} from 'knex'
import {MigrationSource} from './migration-source'

/** Bring the store's schema up to date; safe to call on every open. */
export async function migrateLatest(knex: Knex): Promise<string[]> {
  const [, applied] = await knex.migrate.latest({migrationSource: new MigrationSource(), tableName: 'knex_migrations'})
  return applied as string[]
}

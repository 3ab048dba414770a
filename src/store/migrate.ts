import {Knex} from 'knex'
import {MigrationSource} from './migration-source'

const CONFIG = () => ({migrationSource: new MigrationSource(), tableName: 'knex_migrations'})
/** How long an open waits for another process that is creating or upgrading the same store at that moment. */
const LOCKED_RETRY_MS = 10_000
/** What knex says when another process is migrating the same store right now. */
const BUSY_MIGRATING = /already locked|knex_migrations\S* already exists|Duplicate entry .* for key/i

/**
 * Bring the store's schema up to date; safe to call on every open. An up-to-date store is only read:
 * knex's `latest` takes its migration lock even with nothing to run, and two operators opening one
 * store at the same instant would see "Migration table is already locked" (exit 1) instead of one of
 * them getting the operator lock and the other a clean exit 3.
 */
export async function migrateLatest(knex: Knex): Promise<string[]> {
  const deadline = Date.now() + LOCKED_RETRY_MS
  for (;;) {
    try {
      if (await upToDate(knex)) return []
      const [, applied] = await knex.migrate.latest(CONFIG())
      return applied as string[]
    } catch (error) {
      if (!BUSY_MIGRATING.test((error as Error).message ?? '') || Date.now() > deadline) throw error
      await new Promise((r) => setTimeout(r, 200))
    }
  }
}

/** Whether every migration this version knows has run on the store, and none it does not know. */
export async function upToDate(knex: Knex): Promise<boolean> {
  if (!(await knex.schema.hasTable('knex_migrations'))) return false
  const [completed, pending] = await knex.migrate.list(CONFIG())
  // A migration this version does not know means a newer tool upgraded the store: `latest` says so.
  const known = new Set(await new MigrationSource().getMigrations())
  const unknown = (completed as ({name: string} | string)[]).some((c) => !known.has(typeof c === 'string' ? c : c.name))
  return (pending as unknown[]).length === 0 && !unknown
}

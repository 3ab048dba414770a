import {Knex} from 'knex'
import * as m202503010000 from './migrations/2025-03-01-00-00-core'
import * as m202503010010 from './migrations/2025-03-01-00-10-registers'
import * as m202503010020 from './migrations/2025-03-01-00-20-signoffs'
import * as m202503010040 from './migrations/2025-03-01-00-40-metrics-calendar'
import * as m202503010050 from './migrations/2025-03-01-00-50-kms-reviews'
import * as m202503010600 from './migrations/2025-03-01-06-00-ticket-archive'
import * as m202503010700 from './migrations/2025-03-01-07-00-roles-channels'
import * as m202503010800 from './migrations/2025-03-01-08-00-ticket-index-trim'
import * as m202503010900 from './migrations/2025-03-01-09-00-region-decisions'
import * as m202503011000 from './migrations/2025-03-01-10-00-ticket-dimensions-index'
import * as m202506010000 from './migrations/2025-06-01-00-00-record'
import * as m202507010000 from './migrations/2025-07-01-00-00-long-text'
import * as m202612010000 from './migrations/2026-12-01-00-00-signoff-statement'

/**
 * Every migration by the name knex records, in order. Listed here rather than read from the folder, so
 * the bundled CLI (dist/cli.js, see README, "How the CLI is built") carries them; a test checks this list against the folder.
 */
export const MIGRATIONS: ReadonlyArray<readonly [string, Knex.Migration]> = [
  ['2025-03-01-00-00-core', m202503010000],
  ['2025-03-01-00-10-registers', m202503010010],
  ['2025-03-01-00-20-signoffs', m202503010020],
  ['2025-03-01-00-40-metrics-calendar', m202503010040],
  ['2025-03-01-00-50-kms-reviews', m202503010050],
  ['2025-03-01-06-00-ticket-archive', m202503010600],
  ['2025-03-01-07-00-roles-channels', m202503010700],
  ['2025-03-01-08-00-ticket-index-trim', m202503010800],
  ['2025-03-01-09-00-region-decisions', m202503010900],
  ['2025-03-01-10-00-ticket-dimensions-index', m202503011000],
  ['2025-06-01-00-00-record', m202506010000],
  ['2025-07-01-00-00-long-text', m202507010000],
  ['2026-12-01-00-00-signoff-statement', m202612010000],
]

const byName = new Map(MIGRATIONS)

/** Hands knex the migrations above; a name it recorded that is not among them is reported by `migrate.ts`. */
export class MigrationSource implements Knex.MigrationSource<string> {
  async getMigrations(): Promise<string[]> {
    return MIGRATIONS.map(([name]) => name)
  }

  getMigrationName(name: string): string {
    return name
  }

  async getMigration(name: string): Promise<Knex.Migration> {
    const migration = byName.get(name)
    if (!migration) throw new Error(`no migration named ${name}`)
    return migration
  }
}

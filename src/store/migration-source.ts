import {readdirSync} from 'node:fs'
import {join} from 'node:path'
import {Knex} from 'knex'

const DIR = join(__dirname, 'migrations')

/**
 * Lists migrations by name without extension, so the `.ts` file run in development and the `.js`
 * file run from dist/ are recorded as the same migration.
 */
export class MigrationSource implements Knex.MigrationSource<string> {
  async getMigrations(): Promise<string[]> {
    const names = new Set<string>()
    for (const file of readdirSync(DIR)) {
      const m = /^(.+)\.(ts|js)$/.exec(file)
      if (m && !file.endsWith('.d.ts')) names.add(m[1])
    }
    return [...names].sort()
  }

  getMigrationName(name: string): string {
    return name
  }

  async getMigration(name: string): Promise<Knex.Migration> {
    // A migration is a module named by its file; only a path-based require can load it.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require(join(DIR, name))
  }
}

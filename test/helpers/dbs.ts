import {mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import knexFactory from 'knex'
import {initPlan} from '../../src/plan/repository'
import {isInitialised} from '../../src/store/meta'
import {openStore, Store} from '../../src/store/store'

// The server every store test needs; a different one can be named, but none is never an option.
const DEFAULT_SERVER = 'mysql://root@127.0.0.1:3306/test'
export const MYSQL_ROOT = process.env.PRIME_MIGRATE_TEST_SERVER || DEFAULT_SERVER

export interface TestDb {
  dialect: 'sqlite' | 'mysql'
  /** The --db URL of this test's own store. */
  url: string
  /** A scratch folder for files the test writes. */
  dir: string
  /** Open the store, initialised as `prime-migrate init` would the first time (only init creates a store). */
  open(actor?: string, command?: string): Promise<Store>
  /** Open the store as `open` does, run `fn` with it, and close it whatever happens. */
  use<T>(fn: (store: Store) => Promise<T>, actor?: string, command?: string): Promise<T>
  drop(): Promise<void>
}

let counter = 0

/** A fresh, empty database of its own on the MariaDB server, so suites never share state. Fails loudly when MariaDB is down. */
export async function createMysqlDatabase(prefix = 'pm_t'): Promise<string> {
  const name = `${prefix}_${process.pid}_${Date.now().toString(36)}_${counter++}`
  const admin = knexFactory({client: 'mysql2', connection: MYSQL_ROOT.replace(/\/[^/]*$/, '/'), pool: {min: 0, max: 1}})
  try {
    await admin.raw(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin`)
  } catch (error) {
    throw new Error(
      `MariaDB/MySQL is needed for this test and is not reachable at ${MYSQL_ROOT}: ${(error as Error).message}. Start it: start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd`,
    )
  } finally {
    await admin.destroy()
  }
  return MYSQL_ROOT.replace(/\/[^/]*$/, `/${name}`)
}

export async function dropMysqlDatabase(url: string): Promise<void> {
  const name = url.slice(url.lastIndexOf('/') + 1)
  const admin = knexFactory({client: 'mysql2', connection: MYSQL_ROOT.replace(/\/[^/]*$/, '/'), pool: {min: 0, max: 1}})
  try {
    await admin.raw(`DROP DATABASE IF EXISTS \`${name}\``)
  } finally {
    await admin.destroy()
  }
}

export async function createTestDb(dialect: 'sqlite' | 'mysql'): Promise<TestDb> {
  const dir = mkdtempSync(join(tmpdir(), `pm-${dialect}-`))
  const url = dialect === 'sqlite' ? `sqlite:${join(dir, 'state.db')}` : await createMysqlDatabase()
  const open = async (actor = 'tester', command = 'test'): Promise<Store> => {
    const store = await openStore({db: url, actor, command})
    if (!(await isInitialised(store.knex))) await initPlan(store)
    return store
  }
  return {
    dialect,
    url,
    dir,
    open,
    async use(fn, actor, command) {
      const store = await open(actor, command)
      try {
        return await fn(store)
      } finally {
        await store.close()
      }
    },
    async drop() {
      if (dialect === 'mysql') await dropMysqlDatabase(url)
      rmSync(dir, {recursive: true, force: true})
    },
  }
}

export const DIALECTS = ['sqlite', 'mysql'] as const

/**
 * Run a suite once per store dialect, each with a fresh database of its own:
 * `withDbs((db) => { it('…', async () => { const store = await db().open() … }) })`.
 */
export function withDbs(name: string, suite: (db: () => TestDb) => void): void {
  for (const dialect of DIALECTS) {
    describe(`${name} [${dialect}]`, () => {
      let current: TestDb
      beforeEach(async () => {
        current = await createTestDb(dialect)
      })
      afterEach(async () => {
        await current?.drop()
      })
      suite(() => current)
    })
  }
}

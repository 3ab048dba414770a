import {mkdirSync} from 'node:fs'
import {dirname} from 'node:path'
import type {Database, Statement} from 'better-sqlite3'
import knexFactory, {Knex} from 'knex'
import {msg} from '../../i18n'
import {quietLog} from '../connection'
import {sqliteLaneSums, sqliteRowLanes} from './table-digest'
import {Dialect, DuplicateKeyError, KeyedTable, NewRows} from './dialect'
import {acquireSqliteLock} from './sqlite-lock'

const CLIENT = 'better-sqlite3'

/** The raw better-sqlite3 handle behind a SQLite knex (or the connection of one of its transactions). */
export async function withSqliteHandle<T>(knex: Knex, fn: (db: Database) => Promise<T> | T): Promise<T> {
  const conn = await knex.client.acquireConnection()
  try {
    return await fn(conn)
  } finally {
    await knex.client.releaseConnection(conn)
  }
}

/** Statements prepared once per connection: preparing one per batch showed in the profile of a large import. */
const statements = new WeakMap<Database, Map<string, Statement>>()
function prepared(db: Database, sql: string): Statement {
  let cache = statements.get(db)
  if (!cache) statements.set(db, (cache = new Map()))
  let stmt = cache.get(sql)
  if (!stmt) cache.set(sql, (stmt = db.prepare(sql)))
  return stmt
}

function sqliteValue(v: unknown): unknown {
  if (v === undefined) return null
  if (typeof v === 'boolean') return v ? 1 : 0
  return v
}

/**
 * Keys go in as one JSON array (`json_each`), so a statement is prepared once whatever the batch's size;
 * new rows go in as one prepared statement run per row inside the batch's transaction, several times
 * faster than knex's compound-SELECT inserts.
 */
function keyedTable(db: Database, table: string, key: string): KeyedTable {
  return {
    async stored(keys) {
      const sql = `SELECT "${key}", row_hash, seen_import FROM "${table}" WHERE "${key}" IN (SELECT value FROM json_each(?))`
      return prepared(db, sql).all(JSON.stringify(keys)) as Record<string, unknown>[]
    },
    async insert({columns, rows, values}: NewRows) {
      const stmt = prepared(
        db,
        `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
      )
      const row = new Array(columns.length)
      try {
        for (const r of rows) {
          values(r, row, 0)
          for (let i = 0; i < row.length; i++) row[i] = sqliteValue(row[i])
          stmt.run(row)
        }
      } catch (error) {
        const {code, message} = error as {code?: string; message?: string}
        throw code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE' ? new DuplicateKeyError(message) : error
      }
    },
    async markSeen(keys, importId) {
      prepared(db, `UPDATE "${table}" SET seen_import = ? WHERE "${key}" IN (SELECT value FROM json_each(?))`).run(
        importId,
        JSON.stringify(keys),
      )
    },
  }
}

export const sqliteDialect: Dialect = {
  name: 'sqlite',
  knexClient: CLIENT,

  createKnex(location) {
    mkdirSync(dirname(location.file!), {recursive: true})
    return knexFactory({
      client: CLIENT,
      connection: {filename: location.file!},
      useNullAsDefault: true,
      log: quietLog,
      pool: {
        min: 1,
        max: 1,
        afterCreate(conn: any, done: (err: Error | null, conn: any) => void) {
          try {
            conn.pragma('journal_mode = WAL')
            conn.pragma('busy_timeout = 5000')
            conn.pragma('foreign_keys = ON')
            conn.pragma('synchronous = FULL')
            // The WAL is copied into the database every 20,000 pages (about 80 MB) rather than every 1,000:
            // an import rewrote the same index pages at each of the many small checkpoints (measured: 10-15 %
            // of a 100k or 1M ticket import). Crash safety is the WAL's and does not depend on when it is copied.
            conn.pragma('wal_autocheckpoint = 20000')
            done(null, conn)
          } catch (error) {
            done(error as Error, conn)
          }
        },
      },
    })
  },

  tableDefaults() {},

  rawRows<T>(result: unknown) {
    return result as T[]
  },

  // SQLite lets one writer at a time into a transaction: what a transaction read stays as read.
  forUpdate<Q extends Knex.QueryBuilder>(query: Q) {
    return query
  },

  // knex's .stream() on SQLite reads every row first; iterate() holds one.
  async forEachRow(knex, query, onRow) {
    const {sql, bindings} = query.toSQL().toNative()
    await withSqliteHandle(knex, (db) => {
      for (const row of db.prepare(sql).iterate(...(bindings as unknown[]))) onRow(row as Record<string, unknown>)
    })
  },

  acquireLock: acquireSqliteLock,

  laneSums: sqliteLaneSums,
  rowLanes: sqliteRowLanes,

  overlapBatches: false,

  async bulkRefusal(_knex, mode) {
    return mode === 'load-data' ? msg().faults.loadDataSqlite : undefined
  },

  // SQLite keeps each column's declared type, varchar(N) included, though it does not enforce it.
  async rowLimits(knex, table) {
    const columns = (await knex.raw(`PRAGMA table_info("${table}")`)) as {name: string; type: string}[]
    const chars: Record<string, number> = {}
    for (const c of columns) {
      const width = /^varchar\((\d+)\)$/i.exec(c.type)?.[1]
      if (width) chars[c.name] = Number(width)
    }
    return {chars}
  },

  // TEXT on SQLite holds up to a gigabyte already.
  async widenText() {},

  // Inside a transaction knex hands out the transaction's own connection, and releasing it is the transaction's job.
  async keyedTable(trx, table, key) {
    return keyedTable((await trx.client.acquireConnection()) as Database, table, key)
  },
}

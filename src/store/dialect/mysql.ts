import knexFactory, {Knex} from 'knex'
import {mysqlConnection, quietLog} from '../connection'
import {Dialect, KeyedTable, NewRows} from './dialect'
import {acquireMysqlLock} from './mysql-lock'

const CLIENT = 'mysql2'

/** Bound variables per INSERT, whatever the register's width (MySQL allows 65,535). */
const MAX_VARIABLES = 30000
/** Rows per multi-row INSERT, keeping statements a modest size. */
const MAX_ROWS_PER_INSERT = 500

/**
 * New rows go in as multi-row INSERTs of a modest size, written directly rather than through knex's
 * insert compiler, which (with a row object per ticket) cost more than the statements themselves.
 */
function keyedTable(trx: Knex.Transaction, table: string, key: string): KeyedTable {
  return {
    async stored(keys) {
      return trx(table)
        .select(key, 'row_hash', 'seen_import')
        .whereIn(key, keys as string[])
    },
    async insert<T>({columns, rows, values}: NewRows<T>) {
      const width = columns.length
      const perInsert = Math.max(1, Math.min(MAX_ROWS_PER_INSERT, Math.floor(MAX_VARIABLES / width)))
      const tuple = `(${columns.map(() => '?').join(', ')})`
      const head = `INSERT INTO \`${table}\` (${columns.map((c) => `\`${c}\``).join(', ')}) VALUES `
      for (let i = 0; i < rows.length; i += perInsert) {
        const chunk = rows.slice(i, i + perInsert)
        const bindings: unknown[] = new Array(chunk.length * width)
        for (let r = 0; r < chunk.length; r++) values(chunk[r], bindings, r * width)
        for (let b = 0; b < bindings.length; b++) if (bindings[b] === undefined) bindings[b] = null
        await trx.raw(head + chunk.map(() => tuple).join(', '), bindings as Knex.RawBinding[])
      }
    },
    async markSeen(keys, importId) {
      await trx(table)
        .whereIn(key, keys as string[])
        .update({seen_import: importId})
    },
  }
}

export const mysqlDialect: Dialect = {
  name: 'mysql',
  knexClient: CLIENT,
  openFailureHint: 'check that the MySQL/MariaDB server is running and the URL, user and database are right',

  createKnex(location) {
    return knexFactory({
      client: CLIENT,
      connection: mysqlConnection(location.url),
      pool: {
        min: 0,
        max: 4,
        afterCreate(conn: any, done: (err: Error | null, conn: any) => void) {
          conn.query("SET NAMES utf8mb4 COLLATE utf8mb4_bin, time_zone = '+00:00'", (err: Error | null) => done(err, conn))
        },
      },
      acquireConnectionTimeout: 10000,
      log: quietLog,
    })
  },

  // Binary collation, so keys compare exactly.
  tableDefaults(t) {
    t.charset('utf8mb4')
    t.collate('utf8mb4_bin')
    t.engine('InnoDB')
  },

  // mysql2 answers a raw query with [rows, fields].
  rawRows<T>(result: unknown) {
    return (result as [T[], unknown])[0]
  },

  forUpdate<Q extends Knex.QueryBuilder>(query: Q) {
    return query.forUpdate() as Q
  },

  async forEachRow(_knex, query, onRow) {
    for await (const row of query.stream()) onRow(row as Record<string, unknown>)
  },

  acquireLock: acquireMysqlLock,

  async keyedTable(trx, table, key) {
    return keyedTable(trx, table, key)
  },
}

import knexFactory, {Knex} from 'knex'
import {escape} from 'mysql2'
import {mysqlConnection, quietLog} from '../connection'
import {Dialect, KeyedTable, NewRows} from './dialect'
import {acquireMysqlLock} from './mysql-lock'

const CLIENT = 'mysql2'

/** Bound variables per INSERT, whatever the register's width (MySQL allows 65,535). */
const MAX_VARIABLES = 30000
/** Rows per multi-row INSERT, keeping statements a modest size. */
const MAX_ROWS_PER_INSERT = 500
/** Characters of row literals per INSERT: well inside max_allowed_packet (4 MB on older servers) whatever the rows hold. */
const MAX_LITERAL_CHARS = 1 << 20

function rowLiteral(values: readonly unknown[]): string {
  const parts = new Array<string>(values.length)
  for (let i = 0; i < values.length; i++) parts[i] = escape(values[i] as Parameters<typeof escape>[0])
  return `(${parts.join(', ')})`
}

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
    async insert<T>({columns, rows, values, literal}: NewRows<T>) {
      const head = `INSERT INTO \`${table}\` (${columns.map((c) => `\`${c}\``).join(', ')}) VALUES `
      if (literal && rows.length && literal(rows[0]) !== undefined) {
        // Statements sent one after another without waiting on each: the server works while the next is joined.
        const bound = (r: T) => {
          const into = new Array(columns.length)
          values(r, into, 0)
          return rowLiteral(into)
        }
        const conn = await trx.client.acquireConnection()
        const query = (sql: string) =>
          new Promise<void>((ok, fail) => conn.query(sql, (error: Error | null) => (error ? fail(error) : ok())))
        const sent: Promise<unknown>[] = []
        let chunk: string[] = []
        let chars = 0
        const send = () => {
          // Straight to the connection: knex would scan the whole text for placeholders it does not have.
          if (chunk.length) sent.push(query(head + chunk.join(', ')))
          chunk = []
          chars = 0
        }
        for (const r of rows) {
          const text = literal(r) ?? bound(r)
          if (chunk.length >= MAX_ROWS_PER_INSERT || (chunk.length && chars + text.length > MAX_LITERAL_CHARS)) send()
          chunk.push(text)
          chars += text.length
        }
        send()
        await Promise.all(sent)
        return
      }
      const width = columns.length
      const perInsert = Math.max(1, Math.min(MAX_ROWS_PER_INSERT, Math.floor(MAX_VARIABLES / width)))
      const tuple = `(${columns.map(() => '?').join(', ')})`
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

  rowLiteral,
  overlapBatches: true,

  async keyedTable(trx, table, key) {
    return keyedTable(trx, table, key)
  },
}

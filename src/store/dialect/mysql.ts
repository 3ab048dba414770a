import knexFactory, {Knex} from 'knex'
import {Readable} from 'node:stream'
import {msg} from '../../i18n'
import {MysqlUrl, mysqlConnection, quietLog} from '../connection'
import {BulkMode, Dialect, DuplicateKeyError, KeyedTable, NewRows} from './dialect'
import {guardConnection, guardQueries, streamRows} from './mysql-faults'
import {mysqlRowLiteral, sqlEscaper} from './mysql-literal'
import {bytesOf, rowChunks, RowTexts, RowTextWriter} from './row-texts'
import {mysqlLaneSums, mysqlRowLanes} from './table-digest'
import {acquireMysqlLock} from './mysql-lock'

const CLIENT = 'mysql2'

/** The server's code for a key already stored (ER_DUP_ENTRY), as an error or, under LOAD DATA LOCAL, a warning. */
const DUPLICATE_KEY = 1062

/** Rows per multi-row INSERT, keeping statements a modest size. */
const MAX_ROWS_PER_INSERT = 500
/**
 * Bytes of row text per statement or LOAD DATA packet: well inside max_allowed_packet whatever the
 * rows hold, and an INSERT's text small enough for V8's young generation: larger strings live in its
 * large-object space until a full collection, which at a million rows grew the heap by a third.
 */
const MAX_TEXT_BYTES = 1 << 16

/** Rows given without their text, written here (the import's worker writes them ahead). */
function textsOf({rows, columns, values}: NewRows, mode: BulkMode): {texts: RowTexts; rows: number[]} {
  const writer = new RowTextWriter()
  const into = new Array(columns.length)
  for (const r of rows) {
    values(r, into, 0)
    writer.push(mysqlRowLiteral(into, mode))
  }
  return {texts: writer.finish(), rows: rows.map((_, i) => i)}
}

/**
 * LOAD DATA LOCAL of rows already validated and known to be new, inside the batch's transaction. The
 * server turns a row it cannot take into a warning and goes on (LOCAL implies IGNORE), so anything
 * but every row loaded without a warning fails the batch, which then rolls back.
 */
async function loadData(conn: any, table: string, columns: readonly string[], texts: RowTexts, rows: readonly number[]): Promise<void> {
  const sql = `LOAD DATA LOCAL INFILE 'rows.tsv' INTO TABLE \`${table}\` CHARACTER SET utf8mb4 FIELDS TERMINATED BY '\\t' ESCAPED BY '\\\\' LINES TERMINATED BY '\\n' (${columns.map((c) => `\`${c}\``).join(', ')})`
  const run = (q: string | object) =>
    new Promise<any>((ok, fail) => conn.query(q, (error: Error | null, result: unknown) => (error ? fail(error) : ok(result))))
  // The worker's bytes go out as they are: no copy, no string.
  const pieces = [...rowChunks(texts, rows, Infinity, MAX_TEXT_BYTES)].map(([start, end]) => bytesOf(texts, start, end))
  const result = await run({sql, infileStreamFactory: () => Readable.from(pieces)})
  if (result.affectedRows !== rows.length || result.warningStatus) {
    const warnings: {Code: number | string; Message: string}[] = result.warningStatus ? await run('SHOW WARNINGS LIMIT 3') : []
    const duplicate = warnings.find((w) => Number(w.Code) === DUPLICATE_KEY)
    if (duplicate) throw new DuplicateKeyError(duplicate.Message)
    throw new Error(
      `LOAD DATA took ${result.affectedRows} of ${rows.length} rows into ${table}${warnings.length ? `: ${warnings.map((w) => w.Message).join('; ')}` : ''}`,
    )
  }
}

/**
 * New rows go in as multi-row INSERTs of a modest size (or, opted into, by LOAD DATA LOCAL), their
 * text written directly rather than through knex's insert compiler, which (with a row object per
 * ticket) cost more than the statements themselves.
 */
function keyedTable(trx: Knex.Transaction, table: string, key: string, mode: BulkMode): KeyedTable {
  return {
    async stored(keys) {
      return trx(table)
        .select(key, 'row_hash', 'seen_import')
        .whereIn(key, keys as string[])
    },
    async insert(given) {
      const {texts, rows} = given.texts ? {texts: given.texts, rows: given.rows} : textsOf(given, mode)
      const columns = given.columns
      const conn = await trx.client.acquireConnection()
      if (mode === 'load-data') return loadData(conn, table, columns, texts, rows)
      const head = `INSERT INTO \`${table}\` (${columns.map((c) => `\`${c}\``).join(', ')}) VALUES `
      const query = (sql: string) => new Promise<void>((ok, fail) => conn.query(sql, (error: Error | null) => (error ? fail(error) : ok())))
      // Statements sent one after another without waiting on each: the server works while the next is
      // decoded. Each is a run of consecutive rows, whose tuples and commas are already in place.
      const sent: Promise<void>[] = []
      for (const [start, end] of rowChunks(texts, rows, MAX_ROWS_PER_INSERT, MAX_TEXT_BYTES))
        sent.push(query(head + bytesOf(texts, start, end - 1).toString('utf8')))
      await Promise.all(sent).catch((error: {errno?: number; message?: string}) => {
        throw error.errno === DUPLICATE_KEY ? new DuplicateKeyError(error.message) : error
      })
    },
    async markSeen(keys, importId) {
      await trx(table)
        .whereIn(key, keys as string[])
        .update({seen_import: importId})
    },
  }
}

/**
 * mysql2's own formatting (sql-escaper's `format`, with the connection's settings), skipped for a
 * statement without values: mysql2 formats every statement, and with no values sql-escaper still scans
 * the whole text for a placeholder, character by character. The import's INSERT statements carry their
 * values as text; scanning them took about a fifth of the writing thread's CPU (0.42 s per 100k rows).
 */
function formatBound(this: {config: {stringifyObjects?: boolean}}, sql: string, values: unknown, timezone?: string): string {
  if (values === undefined || values === null || (Array.isArray(values) && values.length === 0)) return sql
  const {format} = sqlEscaper()
  return format(sql, values as Parameters<typeof format>[1], this.config.stringifyObjects, timezone as Parameters<typeof format>[3])
}

/**
 * A knex on a MySQL/MariaDB server (the store, or a Deskpro database to read), whose statements and
 * streams fail, rather than hang, when the server dies or falls silent (`mysql-faults.ts`).
 */
export function mysqlKnex(url: string | MysqlUrl, maxConnections: number, session?: string): Knex {
  const knex = knexFactory({
    client: CLIENT,
    connection: {...mysqlConnection(url), queryFormat: formatBound},
    pool: {
      min: 0,
      max: maxConnections,
      afterCreate(conn: any, done: (err: Error | null, conn: any) => void) {
        guardConnection(conn)
        if (!session) return done(null, conn)
        conn.query(session, (err: Error | null) => done(err, conn))
      },
    },
    acquireConnectionTimeout: 10000,
    // A failed statement's message names the statement without its values (which may be a whole ticket).
    compileSqlOnError: false,
    log: quietLog,
  })
  guardQueries(knex)
  return knex
}

export const mysqlDialect: Dialect = {
  name: 'mysql',
  knexClient: CLIENT,

  createKnex(location) {
    return mysqlKnex(location.url, 4, "SET NAMES utf8mb4 COLLATE utf8mb4_bin, time_zone = '+00:00'")
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

  // Not knex's .stream(): mysql2 never ends it when the connection dies.
  async forEachRow(knex, query, onRow) {
    const {sql, bindings} = query.toSQL().toNative()
    const conn = await knex.client.acquireConnection()
    try {
      await streamRows(conn, sql, bindings as unknown[], onRow)
    } finally {
      await knex.client.releaseConnection(conn)
    }
  },

  acquireLock: acquireMysqlLock,

  rowLiteral: mysqlRowLiteral,
  laneSums: mysqlLaneSums,
  rowLanes: mysqlRowLanes,

  overlapBatches: true,

  async bulkRefusal(knex, mode) {
    if (mode !== 'load-data') return undefined
    const [rows] = (await knex.raw('SELECT @@local_infile AS on_')) as [{on_: number | string}[]]
    return Number(rows[0]?.on_) === 1 ? undefined : msg().faults.loadDataOff
  },

  async keyedTable(trx, table, key, mode = 'insert') {
    return keyedTable(trx, table, key, mode)
  },

  async rowLimits(knex, table) {
    const [columns] = (await knex.raw(
      'SELECT COLUMN_NAME AS name, CHARACTER_MAXIMUM_LENGTH AS width FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? AND DATA_TYPE = ?',
      [table, 'varchar'],
    )) as [{name: string; width: number}[]]
    const [[{packet}]] = (await knex.raw('SELECT @@max_allowed_packet AS packet')) as [{packet: number | string}[]]
    return {chars: Object.fromEntries(columns.map((c) => [c.name, Number(c.width)])), statementBytes: Number(packet)}
  },

  async widenText(knex, table, columns) {
    const [rows] = (await knex.raw(
      'SELECT COLUMN_NAME AS name, IS_NULLABLE AS nullable FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ?',
      [table],
    )) as [{name: string; nullable: string}[]]
    const nullable = new Map(rows.map((r) => [r.name, r.nullable === 'YES']))
    const changes = columns.map((c) => `MODIFY \`${c}\` LONGTEXT ${nullable.get(c) ? 'NULL' : 'NOT NULL'}`)
    // One ALTER per table: each rewrites the table once, however many columns it widens.
    await knex.raw(`ALTER TABLE \`${table}\` ${changes.join(', ')}`)
  },
}

/**
 * Bare baselines the benchmark compares prime-migrate against: the least code that does each job's
 * core, run as their own processes so their time and peak memory are measured the same way.
 *   node dist/bench/baselines.js sqlite-import FILE DBFILE        csv-parse + one prepared INSERT, 2,000-row transactions
 *   node dist/bench/baselines.js capture-metrics DB SQLFILE       record the SQL `report metrics` runs (not timed)
 *   node dist/bench/baselines.js sqlite-metrics DBFILE SQLFILE    that SQL, run bare with better-sqlite3
 *   node dist/bench/baselines.js mysql-metrics URL SQLFILE        that SQL, run bare with mysql2
 *   node dist/bench/baselines.js sqlite-export DBFILE OUTFILE     the archive's 21 columns in index order, buffered writes
 *   node dist/bench/baselines.js mysql-export URL OUTFILE         the same, read over one mysql2 connection as a stream
 */
import {closeSync, createReadStream, openSync, readFileSync, writeFileSync, writeSync} from 'node:fs'
import Database from 'better-sqlite3'
import {parse} from 'csv-parse'
import mysql from 'mysql2/promise'
import {createConnection} from 'mysql2'
import {computeMetrics} from '../src/metrics/compute'
import {openStore} from '../src/store/store'
import {TICKET_FIELDS} from '../src/sources/tickets'
import {ARCHIVE_COLUMNS} from '../src/tickets/record'

const COLUMNS = TICKET_FIELDS

/** The archive's order, which tickets_archive_order holds: a scan, not a sort. */
export const ARCHIVE_ORDER = 'period, created_at, ticket_id'
export const ARCHIVE_SELECT = `SELECT ${ARCHIVE_COLUMNS.join(', ')} FROM tickets`

async function sqliteImport(file: string, dbFile: string): Promise<void> {
  const db = new Database(dbFile)
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = FULL')
  db.exec(`CREATE TABLE IF NOT EXISTS bare (${COLUMNS.map((c) => `${c} TEXT`).join(', ')}, PRIMARY KEY (ticket_id))`)
  const insert = db.prepare(`INSERT OR REPLACE INTO bare VALUES (${COLUMNS.map(() => '?').join(', ')})`)
  const flush = db.transaction((rows: string[][]) => {
    for (const r of rows) insert.run(r)
  })
  let batch: string[][] = []
  for await (const rec of createReadStream(file).pipe(parse({from_line: 2, relax_column_count: true}))) {
    batch.push(rec as string[])
    if (batch.length === 2000) {
      flush(batch)
      batch = []
    }
  }
  flush(batch)
  db.close()
}

interface Statement {
  sql: string
  bindings: unknown[]
}

/** Every statement `report metrics` sends to the store, with its bindings, as knex reports them. */
async function captureMetrics(db: string, sqlFile: string): Promise<void> {
  const store = await openStore({db, actor: 'bench', command: 'bench'})
  const seen: Statement[] = []
  store.knex.on('query', (q: {sql: string; bindings?: unknown[]}) => seen.push({sql: q.sql, bindings: q.bindings ?? []}))
  try {
    await computeMetrics(store.knex)
  } finally {
    await store.close()
  }
  writeFileSync(sqlFile, JSON.stringify(seen, null, 1))
}

const statements = (sqlFile: string): Statement[] => JSON.parse(readFileSync(sqlFile, 'utf8')) as Statement[]

function sqliteMetrics(dbFile: string, sqlFile: string): void {
  const db = new Database(dbFile, {readonly: true})
  for (const s of statements(sqlFile)) db.prepare(s.sql).all(...s.bindings)
  db.close()
}

async function mysqlMetrics(url: string, sqlFile: string): Promise<void> {
  const conn = await mysql.createConnection(url)
  for (const s of statements(sqlFile)) await conn.query(s.sql, s.bindings)
  await conn.end()
}

/** A file taking JSON lines, written a megabyte at a time. */
function jsonLines(outFile: string): {add: (row: unknown) => void; close: () => void} {
  const fd = openSync(outFile, 'w')
  let parts: string[] = []
  let pending = 0
  const flush = () => {
    writeSync(fd, parts.join(''))
    parts = []
    pending = 0
  }
  return {
    add(row) {
      const line = `${JSON.stringify(row)}\n`
      parts.push(line)
      pending += line.length
      if (pending >= 1 << 20) flush()
    },
    close() {
      flush()
      closeSync(fd)
    },
  }
}

/** JSON lines of the archive's columns in the archive's order. */
function sqliteExport(dbFile: string, outFile: string): void {
  const db = new Database(dbFile, {readonly: true})
  const out = jsonLines(outFile)
  for (const row of db.prepare(`${ARCHIVE_SELECT} ORDER BY ${ARCHIVE_ORDER}`).iterate()) out.add(row)
  out.close()
  db.close()
}

/** The same over the protocol, as the tool must (it runs wherever the database can be reached): mysql2 streams the rows. */
async function mysqlExport(url: string, outFile: string): Promise<void> {
  const conn = createConnection(url)
  const out = jsonLines(outFile)
  const rows = conn.query(`${ARCHIVE_SELECT} FORCE INDEX (tickets_archive_order) ORDER BY ${ARCHIVE_ORDER}`).stream()
  for await (const row of rows) out.add(row)
  out.close()
  await conn.promise().end()
}

async function main(): Promise<void> {
  const [what, a, b] = process.argv.slice(2)
  if (what === 'sqlite-import') await sqliteImport(a, b)
  else if (what === 'capture-metrics') await captureMetrics(a, b)
  else if (what === 'sqlite-metrics') sqliteMetrics(a, b)
  else if (what === 'mysql-metrics') await mysqlMetrics(a, b)
  else if (what === 'sqlite-export') sqliteExport(a, b)
  else if (what === 'mysql-export') await mysqlExport(a, b)
  else throw new Error(`unknown baseline ${what}`)
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error)
    process.exit(1)
  })
}

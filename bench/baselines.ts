/**
 * Bare baselines the benchmark compares prime-migrate against: the least work that could do each
 * job, run as their own processes so their time and peak memory are measured the same way.
 *   node dist/bench/baselines.js sqlite-import FILE DBFILE
 *   node dist/bench/baselines.js sqlite-groupby DBFILE
 *   node dist/bench/baselines.js sqlite-export DBFILE OUTFILE
 *   node dist/bench/baselines.js mysql-groupby URL
 */
import {createReadStream, createWriteStream} from 'node:fs'
import {once} from 'node:events'
import Database from 'better-sqlite3'
import {parse} from 'csv-parse'
import mysql from 'mysql2/promise'

const COLUMNS = [
  'ticket_id',
  'channel',
  'created_at',
  'requester_type',
  'region',
  'topic',
  'agent',
  'subject',
  'body',
  'requester_name',
  'requester_email',
  'requester_phone',
  'status',
  'escalated_unit',
  'escalated_at',
  'l2_responded_at',
  'confidential',
]
export const GROUP_BY =
  'SELECT period, channel, requester_type, topic, zone, COUNT(*) AS n FROM tickets GROUP BY period, channel, requester_type, topic, zone'

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

function sqliteGroupBy(dbFile: string): void {
  const db = new Database(dbFile, {readonly: true})
  db.prepare(GROUP_BY).all()
  db.close()
}

async function sqliteExport(dbFile: string, outFile: string): Promise<void> {
  const db = new Database(dbFile, {readonly: true})
  const out = createWriteStream(outFile)
  for (const row of db.prepare('SELECT * FROM tickets ORDER BY period, created_at, ticket_id').iterate()) {
    if (!out.write(`${JSON.stringify(row)}\n`)) await once(out, 'drain')
  }
  out.end()
  await once(out, 'finish')
  db.close()
}

async function mysqlGroupBy(url: string): Promise<void> {
  const conn = await mysql.createConnection(url)
  await conn.query(GROUP_BY)
  await conn.end()
}

async function main(): Promise<void> {
  const [what, a, b] = process.argv.slice(2)
  if (what === 'sqlite-import') await sqliteImport(a, b)
  else if (what === 'sqlite-groupby') sqliteGroupBy(a)
  else if (what === 'sqlite-export') await sqliteExport(a, b)
  else if (what === 'mysql-groupby') await mysqlGroupBy(a)
  else throw new Error(`unknown baseline ${what}`)
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error)
    process.exit(1)
  })
}

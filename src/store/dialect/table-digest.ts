import {hash} from 'node:crypto'
import type {Database} from 'better-sqlite3'
import {Knex} from 'knex'

/**
 * A table's rows folded into sums that do not depend on row order, so a digest is one aggregate
 * query: lanes cut from each row's SHA-256, each summed over the table. A store's digests are only
 * ever compared with its own, so each database cuts the lanes its own cheapest way. On SQLite, six
 * lanes of 24 bits, whose sums stay exact in JavaScript numbers up to 2^29 rows.
 */
const LANES = 6
const LANE_HEX = 6
const LANE_BYTES = LANE_HEX / 2

/** Row count and lane sums of a table: what `ledger.ts` turns into the digest the audit entry records. */
export interface LaneSums {
  rows: number
  lanes: string[]
}

const registered = new WeakSet<Database>()
const AGGREGATE = 'pm_lane_sums'

/** One row's values as the text its hash covers; NULL is a byte no stored text holds alone. */
function rowText(values: unknown[]): string {
  let text = ''
  for (let i = 0; i < values.length; i++) {
    const v = values[i]
    text += `${i ? '\u001f' : ''}${v === null || v === undefined ? '\u0000' : Buffer.isBuffer(v) ? v.toString('hex') : String(v)}`
  }
  return text
}

/** SQLite has no hash function: an aggregate written in JavaScript, registered once per connection, hashes each row as SQLite reads it. */
function registerAggregate(db: Database): void {
  if (registered.has(db)) return
  db.aggregate(AGGREGATE, {
    varargs: true,
    start: () => ({rows: 0, lanes: new Array<number>(LANES).fill(0)}),
    step: (acc: {rows: number; lanes: number[]}, ...values: unknown[]) => {
      // One-shot: a hash object per row cost a quarter more over a million rows.
      const h = hash('sha256', rowText(values), 'buffer')
      for (let l = 0; l < LANES; l++) acc.lanes[l] += h.readUIntBE(l * LANE_BYTES, LANE_BYTES)
      acc.rows++
      return acc
    },
    result: (acc: {rows: number; lanes: number[]}) => JSON.stringify(acc),
  })
  registered.add(db)
}

export async function sqliteLaneSums(knex: Knex, table: string, columns: readonly string[]): Promise<LaneSums> {
  const conn = (await knex.client.acquireConnection()) as Database
  try {
    registerAggregate(conn)
    const sql = `SELECT ${AGGREGATE}(${columns.map((c) => `"${c}"`).join(', ')}) AS sums FROM "${table}"`
    const {sums} = conn.prepare(sql).get() as {sums: string}
    const acc = JSON.parse(sums) as {rows: number; lanes: number[]}
    return {rows: acc.rows, lanes: acc.lanes.map((n) => String(n))}
  } finally {
    await knex.client.releaseConnection(conn)
  }
}

/**
 * MariaDB hashes and sums in the server: only one row of sums crosses the wire. Two lanes of 60 bits
 * (summed exactly as DECIMAL) rather than six: each lane reads the row hash again, and the server
 * computes it again for each. NULL is marked with IFNULL: QUOTE, which escapes every text, cost ten
 * times the hashing (measured at 100k tickets).
 */
export async function mysqlLaneSums(knex: Knex, table: string, columns: readonly string[]): Promise<LaneSums> {
  const row = `SHA2(CONCAT_WS(CHAR(31), ${columns.map((c) => `IFNULL(\`${c}\`, CHAR(0))`).join(', ')}), 256)`
  const lane = (from: number) => `COALESCE(SUM(CAST(CONV(SUBSTRING(h, ${from}, 15), 16, 10) AS UNSIGNED)), 0)`
  const [rows] = await knex.raw(
    `SELECT COUNT(*) AS n, ${lane(1)} AS l0, ${lane(16)} AS l1 FROM (SELECT ${row} AS h FROM \`${table}\`) AS x`,
  )
  const r = rows[0] as Record<string, unknown>
  return {rows: Number(r.n), lanes: [String(r.l0), String(r.l1)]}
}

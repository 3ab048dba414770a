import {createHash} from 'node:crypto'
import type {Database} from 'better-sqlite3'
import {Knex} from 'knex'

/**
 * A table's rows folded into sums that do not depend on row order, so a digest is one aggregate
 * query: each row's SHA-256 is cut into LANES lanes of 24 bits, and each lane is summed over the table.
 * Sums stay exact in a double (and in JavaScript numbers) up to 2^29 rows.
 */
export const LANES = 6
const LANE_HEX = 6

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
      const h = createHash('sha256').update(rowText(values)).digest('hex')
      for (let l = 0; l < LANES; l++) acc.lanes[l] += parseInt(h.slice(l * LANE_HEX, (l + 1) * LANE_HEX), 16)
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

/** MariaDB hashes and sums in the server: only one row of sums crosses the wire. */
export async function mysqlLaneSums(knex: Knex, table: string, columns: readonly string[]): Promise<LaneSums> {
  const row = `SHA2(CONCAT_WS(CHAR(31), ${columns.map((c) => `QUOTE(\`${c}\`)`).join(', ')}), 256)`
  const lanes = Array.from(
    {length: LANES},
    (_, l) => `COALESCE(SUM(CAST(CONV(SUBSTRING(h, ${l * LANE_HEX + 1}, ${LANE_HEX}), 16, 10) AS UNSIGNED)), 0) AS l${l}`,
  )
  const [rows] = await knex.raw(`SELECT COUNT(*) AS n, ${lanes.join(', ')} FROM (SELECT ${row} AS h FROM \`${table}\`) AS x`)
  const r = rows[0] as Record<string, unknown>
  return {rows: Number(r.n), lanes: Array.from({length: LANES}, (_, l) => String(r[`l${l}`]))}
}

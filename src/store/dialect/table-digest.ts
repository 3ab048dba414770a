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
/** Bytes of the row hash per lane: 24 bits, read as three bytes below. */
const LANE_BYTES = 3

/** Row count and lane sums of a table: what `ledger.ts` turns into the digest the audit entry records. */
export interface LaneSums {
  rows: number
  lanes: string[]
}

const registered = new WeakSet<Database>()
const AGGREGATE = 'pm_lane_sums'

/** A stored value as the text a row's hash covers; NULL is a byte no stored text holds alone. */
function valueText(v: unknown): string {
  return v === null || v === undefined ? '\u0000' : typeof v === 'string' ? v : Buffer.isBuffer(v) ? v.toString('hex') : String(v)
}

/** One row's values as the text its hash covers, its pieces put in `parts` (reused row after row). */
function rowText(values: readonly unknown[], parts: string[]): string {
  parts.length = values.length
  for (let i = 0; i < values.length; i++) parts[i] = valueText(values[i])
  // One join: a string built piece by piece left a chain of partial strings per row for the collector.
  return parts.join('\u001f')
}

/** Add one row's lanes (the row as `rowText` gives it) to `lanes`, from `at`. */
function addRowLanes(text: string, lanes: {[i: number]: number}, at = 0): void {
  // One-shot, and as a 'binary' (latin1) string, a byte a character, rather than a Buffer: a hash object per row
  // cost a quarter more over a million rows, and a Buffer per row read with readUIntBE twice the time.
  const h = hash('sha256', text, 'binary')
  for (let l = 0, b = 0; l < LANES; l++, b += LANE_BYTES)
    lanes[at + l] += (h.charCodeAt(b) << 16) | (h.charCodeAt(b + 1) << 8) | h.charCodeAt(b + 2)
}

/** Lanes of rows not yet written: `width` lanes a row, added by `lanesOf` (false: not certain, nothing added). */
export interface RowLanes {
  width: number
  lanesOf(values: readonly unknown[], into: {[i: number]: number}, at: number): boolean
  /** Rows' lanes, summed lane by lane, as the lane sums `laneSums` reads (`LaneSums.lanes`). */
  totals(summed: readonly number[]): string[]
}

/** How SQLite stores what a column is given, by the column's declared type (its "affinity"). */
type SqliteAffinity = 'integer' | 'text' | 'blob' | 'real' | 'numeric'

/** SQLite's rules for a declared type's affinity (https://www.sqlite.org/datatype3.html, 3.1). */
function sqliteAffinity(declared: string): SqliteAffinity {
  const t = declared.toUpperCase()
  if (t.includes('INT')) return 'integer'
  if (t.includes('CHAR') || t.includes('CLOB') || t.includes('TEXT')) return 'text'
  if (t.includes('BLOB') || t === '') return 'blob'
  if (t.includes('REAL') || t.includes('FLOA') || t.includes('DOUB')) return 'real'
  return 'numeric'
}

/** A value whose stored form is not certain (see `storedValue`). */
const UNCERTAIN = Symbol('uncertain')

/**
 * A value as the SQLite aggregate will read it back once the store has written it into a column of
 * this affinity (booleans as 1 and 0, undefined as NULL), or UNCERTAIN where that is not certain:
 * a fraction (SQLite and JavaScript write some differently), a number in a text column (bound as a
 * double, it is kept as "12.0"), a string in a numeric column (SQLite may turn it into a number),
 * anything else unusual. Only what is certain is summed ahead.
 */
function storedValue(v: unknown, affinity: SqliteAffinity): unknown {
  if (v === null || v === undefined) return null
  if (typeof v === 'string') return affinity === 'text' || affinity === 'blob' ? v : UNCERTAIN
  if (affinity === 'text') return UNCERTAIN
  if (typeof v === 'boolean') return v ? 1 : 0
  if (typeof v === 'number') return Number.isSafeInteger(v) && !Object.is(v, -0) ? v : UNCERTAIN
  return UNCERTAIN
}

/**
 * A row's text as the database will read it back once written, its columns of these kinds (`storedOf`
 * gives a value's stored form or UNCERTAIN); undefined when any value's stored form is not certain.
 */
function storedRowText<K>(
  kinds: readonly K[],
  storedOf: (v: unknown, kind: K) => unknown,
): (values: readonly unknown[]) => string | undefined {
  const stored = new Array<unknown>(kinds.length)
  const parts: string[] = []
  return (values) => {
    for (let c = 0; c < kinds.length; c++) {
      stored[c] = storedOf(values[c], kinds[c])
      if (stored[c] === UNCERTAIN) return undefined
    }
    return rowText(stored, parts)
  }
}

/**
 * The lanes of rows about to be written to a SQLite table, worked out from the values the store is
 * given: summed with the lanes the table had, they are the lanes `sqliteLaneSums` would read after
 * the write, without reading the table again. `types` are the digested columns' declared types (in
 * digest order); `lanesOf` adds a row's lanes to `into` from `at` and returns false, adding nothing, when a
 * value's stored form is not certain.
 */
export function sqliteRowLanes(types: readonly string[]): RowLanes {
  const textOf = storedRowText(types.map(sqliteAffinity), storedValue)
  return {
    width: LANES,
    lanesOf(values, into, at) {
      const text = textOf(values)
      if (text === undefined) return false
      addRowLanes(text, into, at)
      return true
    },
    totals: (summed) => summed.map(String),
  }
}

/** SQLite has no hash function: an aggregate written in JavaScript, registered once per connection, hashes each row as SQLite reads it. */
function registerAggregate(db: Database): void {
  if (registered.has(db)) return
  const parts: string[] = []
  db.aggregate(AGGREGATE, {
    varargs: true,
    start: () => ({rows: 0, lanes: new Array<number>(LANES).fill(0)}),
    step: (acc: {rows: number; lanes: number[]}, ...values: unknown[]) => {
      addRowLanes(rowText(values, parts), acc.lanes)
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

/** Hex digits of the row hash per MariaDB lane (60 bits), the lanes taken one after the other from the first. */
const MYSQL_LANE_DIGITS = 15
const MYSQL_LANES = 2

/**
 * MariaDB hashes and sums in the server: only one row of sums crosses the wire. Two lanes of 60 bits
 * (summed exactly as DECIMAL) rather than six: each lane reads the row hash again, and the server
 * computes it again for each. NULL is marked with IFNULL: QUOTE, which escapes every text, cost ten
 * times the hashing (measured at 100k tickets).
 */
export async function mysqlLaneSums(knex: Knex, table: string, columns: readonly string[]): Promise<LaneSums> {
  const row = `SHA2(CONCAT_WS(CHAR(31), ${columns.map((c) => `IFNULL(\`${c}\`, CHAR(0))`).join(', ')}), 256)`
  const lane = (l: number) =>
    `COALESCE(SUM(CAST(CONV(SUBSTRING(h, ${1 + l * MYSQL_LANE_DIGITS}, ${MYSQL_LANE_DIGITS}), 16, 10) AS UNSIGNED)), 0)`
  const [rows] = await knex.raw(`SELECT COUNT(*) AS n, ${lane(0)} AS l0, ${lane(1)} AS l1 FROM (SELECT ${row} AS h FROM \`${table}\`) AS x`)
  const r = rows[0] as Record<string, unknown>
  return {rows: Number(r.n), lanes: [String(r.l0), String(r.l1)]}
}

/** Hex digits of a lane per piece summed in JavaScript (20 bits): three pieces a lane, exact up to 2^33 rows. */
const PIECE_DIGITS = 5
const PIECES_PER_LANE = MYSQL_LANE_DIGITS / PIECE_DIGITS

/** The largest value a MariaDB integer column takes whatever its sign (signed range, positive half). */
const MYSQL_INT_MAX: Record<string, number> = {
  tinyint: 127,
  smallint: 32767,
  mediumint: 8388607,
  int: 2147483647,
  bigint: Number.MAX_SAFE_INTEGER,
}
/** Bytes a MariaDB text column keeps; a longer value is cut where the server is not strict. */
const MYSQL_TEXT_BYTES: Record<string, number> = {tinytext: 255, text: 65535, mediumtext: 16777215, longtext: 4294967295}

/**
 * A value as MariaDB's CONCAT_WS will read it back once the store has written it into a column of this
 * type, or UNCERTAIN: strings in varchar columns (the import rejects a value longer than its varchar
 * before writing it) and in text columns within their size, non-negative integers within the column's
 * range, booleans in tinyint (1 and 0). Anything else (a number in a text column, a date, a decimal, a
 * char column, which drops trailing spaces) is read from the table after all.
 */
function mysqlStoredValue(v: unknown, type: string): unknown {
  if (v === null || v === undefined) return null
  if (typeof v === 'string') {
    if (type === 'varchar') return v
    const bytes = MYSQL_TEXT_BYTES[type]
    if (bytes === undefined) return UNCERTAIN
    return v.length * 3 <= bytes || Buffer.byteLength(v, 'utf8') <= bytes ? v : UNCERTAIN
  }
  const max = MYSQL_INT_MAX[type]
  if (max === undefined) return UNCERTAIN
  if (typeof v === 'boolean') return type === 'tinyint' ? (v ? 1 : 0) : UNCERTAIN
  if (typeof v === 'number') return Number.isSafeInteger(v) && v >= 0 && v <= max && !Object.is(v, -0) ? v : UNCERTAIN
  return UNCERTAIN
}

/**
 * The lanes of rows about to be written to a MariaDB table (see `sqliteRowLanes`): each row's text as
 * `mysqlLaneSums` has the server build it (CONCAT_WS of the values, NULL as a NUL byte), hashed here;
 * its two 60-bit lanes are cut into 20-bit pieces, which JavaScript numbers sum exactly, and put
 * together again by `totals`.
 */
export function mysqlRowLanes(types: readonly string[]): RowLanes {
  const textOf = storedRowText(
    types.map((t) => t.toLowerCase()),
    mysqlStoredValue,
  )
  return {
    width: MYSQL_LANES * PIECES_PER_LANE,
    lanesOf(values, into, at) {
      const text = textOf(values)
      if (text === undefined) return false
      // The hash as bytes (a latin1 string); hex digit d is the high or low half of byte d / 2.
      const h = hash('sha256', text, 'binary')
      for (let p = 0, d = 0; p < MYSQL_LANES * PIECES_PER_LANE; p++) {
        let piece = 0
        for (const end = d + PIECE_DIGITS; d < end; d++) piece = piece * 16 + ((h.charCodeAt(d >> 1) >> (d & 1 ? 0 : 4)) & 15)
        into[at + p] += piece
      }
      return true
    },
    totals(summed) {
      if (!summed.length) return []
      const lanes: string[] = []
      for (let l = 0; l < MYSQL_LANES; l++) {
        let lane = 0n
        for (let p = 0; p < PIECES_PER_LANE; p++) lane = (lane << BigInt(4 * PIECE_DIGITS)) + BigInt(summed[l * PIECES_PER_LANE + p])
        lanes.push(String(lane))
      }
      return lanes
    },
  }
}

import {Knex} from 'knex'
import {StoreLocation} from '../connection'
import {LockAttempt, LockHolder} from './operator-lock'
import {RowTexts} from './row-texts'
import {LaneSums, RowLanes} from './table-digest'

/**
 * What differs between the store's two databases, behind one interface: `sqlite.ts` and `mysql.ts`
 * implement it, the store picks one when it opens (`Store.dialect`), and code that holds only a knex
 * finds it with `dialectOf(knex)`. Nothing outside this folder tells the two apart.
 */
export interface Dialect {
  readonly name: 'sqlite' | 'mysql'
  /** The knex client this dialect builds on: read only by `dialectOf`. */
  readonly knexClient: string
  /** A knex for the store at `location`, with this dialect's connection defaults. */
  createKnex(location: StoreLocation): Knex
  /** Table options every store table gets (character set, collation, engine). */
  tableDefaults(table: Knex.CreateTableBuilder): void
  /** The rows of a `knex.raw` SELECT. */
  rawRows<T = Record<string, unknown>>(result: unknown): T[]
  /** Lock the rows `query` reads until its transaction ends, where concurrent writers are not already serialised. */
  forUpdate<Q extends Knex.QueryBuilder>(query: Q): Q
  /** Call `onRow` for every row of `query`, in order, holding one row at a time. */
  forEachRow(knex: Knex, query: Knex.QueryBuilder, onRow: (row: Record<string, unknown>) => void): Promise<void>
  /** Take the store-wide operator lock for `me`, or say who holds it. */
  acquireLock(knex: Knex, me: LockHolder): Promise<LockAttempt>
  /**
   * A row's values as this database's literal text for a bulk insert, ending in the separator that
   * comes after it in the statement or stream (see `RowTexts`), where statements carry their values as
   * text (MySQL): the import's worker thread writes them. Undefined where values are bound one by one (SQLite).
   */
  readonly rowLiteral?: (values: readonly unknown[], mode: BulkMode) => string
  /** Why this store cannot take new rows in `mode` (undefined: it can); asked once before an import. */
  bulkRefusal(knex: Knex, mode: BulkMode): Promise<string | undefined>
  /**
   * Whether an import may write its batches on two connections at once, one committing while the
   * next is looked up and inserted (MySQL); SQLite has one writer, so its batches follow each other.
   */
  readonly overlapBatches: boolean
  /** Row count and order-free lane sums of `columns` over every row of `table`, computed where the rows are (the audit ledger's digest). */
  laneSums(knex: Knex, table: string, columns: readonly string[]): Promise<LaneSums>
  /**
   * Lanes of rows about to be written, from the values the store is given and the digested columns'
   * declared types (in digest order), for the values whose stored form is known without reading the
   * rows back; undefined for a database whose stored forms are not known.
   */
  readonly rowLanes?: (types: readonly string[]) => RowLanes
  /** Bulk access to a register table inside `trx`: the hot path of an import. */
  keyedTable(trx: Knex.Transaction, table: string, key: string, mode?: BulkMode): Promise<KeyedTable>
  /** What one row of `table` may hold: read from the schema (both stores declare the same varchar widths) and the server. */
  rowLimits(knex: Knex, table: string): Promise<RowLimits>
  /** Make free-text columns take whatever a register holds (MySQL's TEXT stops at 64 KB; SQLite's text has no limit). */
  widenText(knex: Knex, table: string, columns: readonly string[]): Promise<void>
}

/** The most a row may hold, checked row by row before it is written, so an over-long value is that row's reject. */
export interface RowLimits {
  /** Characters each varchar column takes. */
  chars: Record<string, number>
  /** Bytes one statement may carry (MySQL's max_allowed_packet); undefined where there is no such limit. */
  statementBytes?: number
}

/**
 * How new rows reach a register table in bulk: INSERT statements (every store), or `load-data`,
 * LOAD DATA LOCAL INFILE of the validated rows (MySQL/MariaDB with local_infile on, opt-in).
 */
export type BulkMode = 'insert' | 'load-data'

/**
 * A table keyed by a natural key whose rows carry `row_hash` and `seen_import` (every register):
 * read and written a batch at a time, in the fastest way each database allows.
 */
export interface KeyedTable {
  /** `key`, `row_hash` and `seen_import` of the stored rows whose key is among `keys`. */
  stored(keys: readonly string[]): Promise<Record<string, unknown>[]>
  /** Insert new rows; a row whose key is already stored fails the statement with a DuplicateKeyError. */
  insert(rows: NewRows): Promise<void>
  /** Set `seen_import` on the rows whose key is among `keys`. */
  markSeen(keys: readonly string[], importId: number): Promise<void>
}

/**
 * A row given to `KeyedTable.insert` as new has a key the table already holds. An import that wrote a
 * batch without looking its keys up (see `importRows`) writes it again with the look-up; anywhere else
 * it is a failure like any other.
 */
export class DuplicateKeyError extends Error {}

/** Rows to insert, described without a row object each: building one per row cost more than the INSERT itself. */
export interface NewRows {
  columns: readonly string[]
  /** The rows, as ascending indexes into the batch they come from. */
  rows: readonly number[]
  /** Write row `row`'s values, in column order, into `into` from index `at`. */
  values(row: number, into: unknown[], at: number): void
  /** The batch's rows as `Dialect.rowLiteral` wrote them, where the caller has them. */
  texts?: RowTexts
}

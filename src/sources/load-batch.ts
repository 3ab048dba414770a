import {Knex} from 'knex'
import type {DigestLayout} from '../audit/ledger'
import {BulkMode, Dialect} from '../store/dialect'
import {detailsOf, LaneAdder, PreparedBatch, recordOf, RowEncoder} from './prepare-batches'
import {RegisterSpec} from './register-spec'
import {Reject} from './rejects'
import {msg} from '../i18n'

export interface BatchOutcome {
  loaded: number
  unchanged: number
  /** Keys of the rows whose content changed. */
  updated: string[]
  /** Rows whose key this import had already read: rejected. */
  repeated: Reject[]
  /** The digest lanes the new rows add to the table, summed; undefined when a row changed or some lanes were not certain. */
  added?: AddedLanes
}

/** New rows and their digest lanes, summed (`lanes` is empty while `rows` is 0). */
export interface AddedLanes {
  rows: number
  lanes: number[]
}

/** The columns every register adds to its record: the row's hash and where it came from. */
const BOOKKEEPING = ['row_hash', 'seen_import', 'source', 'source_row']

/** A new row's insert text in the dialect's literal form, for the dialects that take rows as text; it may be written ahead, in the worker. */
export function rowEncoder(
  dialect: Pick<Dialect, 'rowLiteral'>,
  importId: number,
  source: string,
  mode: BulkMode = 'insert',
): RowEncoder | undefined {
  const literal = dialect.rowLiteral
  if (!literal) return undefined
  return (values, hash, rowNo) => {
    // The row's own array, lengthened for the bookkeeping and put back: no copy per row.
    const width = values.length
    values.push(hash, importId, source, rowNo)
    const text = literal(values, mode)
    values.length = width
    return text
  }
}

/**
 * A new row's digest lanes, where the dialect knows how it stores values without reading them back:
 * the row as written (the record's values, then BOOKKEEPING, as `rowEncoder` and `loadBatch` write it)
 * in the layout's column order. A column the row does not hold (it would take its default) makes the
 * row's lanes uncertain.
 */
export function laneAdder(
  dialect: Pick<Dialect, 'rowLanes'>,
  layout: DigestLayout,
  importId: number,
  source: string,
): LaneAdder | undefined {
  if (!dialect.rowLanes) return undefined
  const lanes = dialect.rowLanes(layout.types)
  const row = new Array<unknown>(layout.columns.length)
  // BOOKKEEPING's values for the row at hand; only the hash and the row number change.
  const bookkeeping: unknown[] = [undefined, importId, source, undefined]
  let last: readonly string[] | undefined
  let pick: number[] = []
  return (fields, values, hash, rowNo, into) => {
    if (fields !== last) {
      last = fields
      const written = [...fields, ...BOOKKEEPING]
      pick = layout.columns.map((c) => written.indexOf(c))
    }
    const width = fields.length
    bookkeeping[0] = hash
    bookkeeping[3] = rowNo
    const at = into.length
    for (let l = 0; l < lanes.width; l++) into.push(0)
    for (let c = 0; c < pick.length; c++) {
      const p = pick[c]
      if (p < 0) {
        into[at] = NaN
        return
      }
      row[c] = p < width ? values[p] : bookkeeping[p - width]
    }
    if (!lanes.lanesOf(row, into, at)) into[at] = NaN
  }
}

/** The lanes of a batch's rows `rows` (indexes of good rows), summed; undefined when it came without lanes or one is uncertain. */
function lanesOfRows(batch: PreparedBatch, rows: readonly number[]): AddedLanes | undefined {
  const {lanes, keys} = batch
  if (!lanes) return undefined
  if (!rows.length) return {rows: 0, lanes: []}
  const width = lanes.length / keys.length
  const sums = new Array<number>(width).fill(0)
  for (const i of rows) for (let l = 0; l < width; l++) sums[l] += lanes[i * width + l]
  return sums.every(Number.isFinite) ? {rows: rows.length, lanes: sums} : undefined
}

/** How a batch is written beside its rows. */
export interface LoadOptions {
  /** The keys of an earlier batch still committing: refused as read already. */
  inFlight?: ReadonlySet<string>
  mode?: BulkMode
  /**
   * Whether the batch's keys are looked up (by default). Without, every key is taken as new, which is
   * certain only while the table holds nothing but this import's rows: a key an earlier batch stored
   * then fails the insert with a DuplicateKeyError, and the batch is to be written again with it.
   */
  lookUp?: boolean
}

/**
 * Load one batch into its register table inside `trx`, with one look-up of the stored hashes: new keys
 * are inserted in bulk, changed rows updated, unchanged rows marked as seen by this import, and a key
 * this import has already read (in this batch, by `seen_import` in an earlier one, or in `inFlight`) is
 * refused.
 */
export async function loadBatch<R extends Record<string, unknown>>(
  trx: Knex.Transaction,
  dialect: Dialect,
  spec: RegisterSpec<R>,
  batch: PreparedBatch,
  importId: number,
  source: string,
  {inFlight, mode = 'insert', lookUp = true}: LoadOptions = {},
): Promise<BatchOutcome> {
  const result: BatchOutcome = {loaded: 0, unchanged: 0, updated: [], repeated: []}
  const {keys, rowNos, hashes, values, fields} = batch
  if (keys.length === 0) return {...result, added: {rows: 0, lanes: []}}
  const table = await dialect.keyedTable(trx, spec.table, spec.key, mode)
  const existing = new Map<string, {hash: string; seen: number | null}>()
  for (const row of lookUp ? await table.stored([...new Set(keys)]) : [])
    existing.set(String(row[spec.key]), {hash: row.row_hash as string, seen: row.seen_import === null ? null : Number(row.seen_import)})

  const firstRow = new Map<string, number>()
  const inserts: number[] = []
  const unchanged: string[] = []
  const changed: number[] = []
  const repeated: {i: number; reason: string}[] = []
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]
    const prior = existing.get(key)
    const earlier = firstRow.get(key)
    if (earlier !== undefined || prior?.seen === importId || inFlight?.has(key)) {
      repeated.push({i, reason: msg().rejects.repeatedKey({key: spec.key, value: key, earlier})})
      continue
    }
    firstRow.set(key, rowNos[i])
    if (!prior) {
      inserts.push(i)
      result.loaded++
    } else if (prior.hash === hashes[i]) {
      unchanged.push(key)
      result.unchanged++
    } else changed.push(i)
  }
  if (changed.length || repeated.length) {
    const details = await detailsOf(batch, [...changed, ...repeated.map((r) => r.i)])
    for (const [n, i] of changed.entries()) {
      await trx(spec.table)
        .where(spec.key, keys[i])
        .update({...recordOf(fields, details.values[n]), row_hash: hashes[i], seen_import: importId, source, source_row: rowNos[i]})
      result.updated.push(keys[i])
    }
    for (const [n, r] of repeated.entries())
      result.repeated.push({rowNo: rowNos[r.i], raw: details.raws[changed.length + n], errors: [{field: spec.key, reason: r.reason}]})
  }
  if (inserts.length > 0) {
    const width = fields.length
    await table.insert({
      columns: [...fields, ...BOOKKEEPING],
      rows: inserts,
      values(i, into, at) {
        let to = at
        const row = values![i]
        for (let f = 0; f < width; f++) into[to++] = row[f]
        into[to++] = hashes[i]
        into[to++] = importId
        into[to++] = source
        into[to] = rowNos[i]
      },
      texts: batch.texts,
    })
  }
  if (unchanged.length > 0) await table.markSeen(unchanged, importId)
  // A changed row takes away lanes this batch does not know (the row as it was): the table is read again.
  if (!changed.length) result.added = lanesOfRows(batch, inserts)
  return result
}

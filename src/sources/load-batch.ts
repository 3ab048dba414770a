import {Knex} from 'knex'
import {BulkMode, Dialect} from '../store/dialect'
import {detailsOf, PreparedBatch, recordOf, RowEncoder} from './prepare-batches'
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
 * Load one batch into its register table inside `trx`, with one look-up of the stored hashes: new keys
 * are inserted in bulk, changed rows updated, unchanged rows marked as seen by this import, and a key
 * this import has already read (in this batch, by `seen_import` in an earlier one, or in `inFlight`, the
 * keys of an earlier batch still committing) is refused.
 */
export async function loadBatch<R extends Record<string, unknown>>(
  trx: Knex.Transaction,
  dialect: Dialect,
  spec: RegisterSpec<R>,
  batch: PreparedBatch,
  importId: number,
  source: string,
  inFlight?: ReadonlySet<string>,
  mode: BulkMode = 'insert',
): Promise<BatchOutcome> {
  const result: BatchOutcome = {loaded: 0, unchanged: 0, updated: [], repeated: []}
  const {keys, rowNos, hashes, values, fields} = batch
  if (keys.length === 0) return result
  const table = await dialect.keyedTable(trx, spec.table, spec.key, mode)
  const existing = new Map<string, {hash: string; seen: number | null}>()
  for (const row of await table.stored([...new Set(keys)]))
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
      literal: batch.literals ? (i) => batch.literals![i] : undefined,
    })
  }
  if (unchanged.length > 0) await table.markSeen(unchanged, importId)
  return result
}

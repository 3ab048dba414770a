import {Knex} from 'knex'
import {Dialect} from '../store/dialect'
import {PreparedBatch, recordAt} from './prepare-batches'
import {RegisterSpec} from './register-spec'
import {Reject} from './rejects'

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

/**
 * Load one batch into its register table inside `trx`, with one look-up of the stored hashes: new keys
 * are inserted in bulk, changed rows updated, unchanged rows marked as seen by this import, and a key
 * this import has already read (in this batch, or by `seen_import` in an earlier one) is refused.
 */
export async function loadBatch<R extends Record<string, unknown>>(
  trx: Knex.Transaction,
  dialect: Dialect,
  spec: RegisterSpec<R>,
  batch: PreparedBatch,
  importId: number,
  source: string,
): Promise<BatchOutcome> {
  const result: BatchOutcome = {loaded: 0, unchanged: 0, updated: [], repeated: []}
  const {keys, rowNos, hashes, values, fields} = batch
  if (keys.length === 0) return result
  const table = await dialect.keyedTable(trx, spec.table, spec.key)
  const existing = new Map<string, {hash: string; seen: number | null}>()
  for (const row of await table.stored([...new Set(keys)]))
    existing.set(String(row[spec.key]), {hash: row.row_hash as string, seen: row.seen_import === null ? null : Number(row.seen_import)})

  const firstRow = new Map<string, number>()
  const inserts: number[] = []
  const unchanged: string[] = []
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]
    const prior = existing.get(key)
    const earlier = firstRow.get(key)
    if (earlier !== undefined || prior?.seen === importId) {
      const where = earlier !== undefined ? `row ${earlier}` : 'an earlier row'
      result.repeated.push({
        rowNo: rowNos[i],
        raw: JSON.parse(batch.raws[i]),
        errors: [{field: spec.key, reason: `${spec.key} "${key}" already appears in this file (${where}); a key may appear only once`}],
      })
      continue
    }
    firstRow.set(key, rowNos[i])
    if (!prior) {
      inserts.push(i)
      result.loaded++
    } else if (prior.hash === hashes[i]) {
      unchanged.push(key)
      result.unchanged++
    } else {
      await trx(spec.table)
        .where(spec.key, key)
        .update({...recordAt(batch, i), row_hash: hashes[i], seen_import: importId, source, source_row: rowNos[i]})
      result.updated.push(key)
    }
  }
  if (inserts.length > 0) {
    const width = fields.length
    await table.insert({
      columns: [...fields, ...BOOKKEEPING],
      rows: inserts,
      values(i, into, at) {
        let to = at
        for (let from = i * width, end = from + width; from < end; from++) into[to++] = values[from]
        into[to++] = hashes[i]
        into[to++] = importId
        into[to++] = source
        into[to] = rowNos[i]
      },
    })
  }
  if (unchanged.length > 0) await table.markSeen(unchanged, importId)
  return result
}

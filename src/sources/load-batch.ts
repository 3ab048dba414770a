import {Knex} from 'knex'
import {Dialect} from '../store/dialect'
import {RegisterSpec} from './register-spec'
import {Reject} from './rejects'

/** A validated row waiting in a batch: its natural key, the record to store and the record's hash. */
export interface HashedRow<R> {
  rowNo: number
  key: string
  record: R
  hash: string
  raw: Record<string, string | undefined>
}

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
  batch: HashedRow<R>[],
  importId: number,
  source: string,
): Promise<BatchOutcome> {
  const result: BatchOutcome = {loaded: 0, unchanged: 0, updated: [], repeated: []}
  if (batch.length === 0) return result
  const table = await dialect.keyedTable(trx, spec.table, spec.key)
  const existing = new Map<string, {hash: string; seen: number | null}>()
  for (const row of await table.stored([...new Set(batch.map((p) => p.key))]))
    existing.set(String(row[spec.key]), {hash: row.row_hash as string, seen: row.seen_import === null ? null : Number(row.seen_import)})

  const firstRow = new Map<string, number>()
  const inserts: HashedRow<R>[] = []
  const unchanged: string[] = []
  for (const p of batch) {
    const prior = existing.get(p.key)
    const earlier = firstRow.get(p.key)
    if (earlier !== undefined || prior?.seen === importId) {
      const where = earlier !== undefined ? `row ${earlier}` : 'an earlier row'
      result.repeated.push({
        rowNo: p.rowNo,
        raw: p.raw,
        errors: [{field: spec.key, reason: `${spec.key} "${p.key}" already appears in this file (${where}); a key may appear only once`}],
      })
      continue
    }
    firstRow.set(p.key, p.rowNo)
    if (!prior) {
      inserts.push(p)
      result.loaded++
    } else if (prior.hash === p.hash) {
      unchanged.push(p.key)
      result.unchanged++
    } else {
      await trx(spec.table)
        .where(spec.key, p.key)
        .update({...p.record, row_hash: p.hash, seen_import: importId, source, source_row: p.rowNo})
      result.updated.push(p.key)
    }
  }
  if (inserts.length > 0) {
    const fields = Object.keys(inserts[0].record)
    await table.insert({
      columns: [...fields, ...BOOKKEEPING],
      rows: inserts,
      values(p, into, at) {
        let i = at
        for (const f of fields) into[i++] = p.record[f]
        into[i++] = p.hash
        into[i++] = importId
        into[i++] = source
        into[i] = p.rowNo
      },
    })
  }
  if (unchanged.length > 0) await table.markSeen(unchanged, importId)
  return result
}

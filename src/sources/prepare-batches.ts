import {RawRow, RegisterSpec, RowError} from './register-spec'
import {Reject} from './rejects'
import {rowHasher} from './row-hash'

/**
 * Rows validated and hashed, ready for one transaction. The good rows are held column-wise (one
 * list of values, `fields.length` per row), as they cross from the worker thread cheaply: a row
 * object each cost the writing thread more to receive than to insert.
 */
export interface PreparedBatch {
  /** The record's fields, in the order of each row's values; every row of a batch has the same. */
  fields: string[]
  rowNos: number[]
  keys: string[]
  hashes: string[]
  /** The good rows' values, row after row. */
  values: unknown[]
  /** Each good row as read (JSON), for the rejects of a key this import reads twice. */
  raws: string[]
  rejects: Reject[]
}

/** How far a reader got: rows read so far, including those of a batch not yet handed on. */
export interface ReadProgress {
  read: number
}

const emptyBatch = (fields: string[]): PreparedBatch => ({fields, rowNos: [], keys: [], hashes: [], values: [], raws: [], rejects: []})

/** Rows, good and rejected, in a batch. */
export const batchSize = (b: PreparedBatch): number => b.rowNos.length + b.rejects.length

/** Row `i` of a batch as the record the register built. */
export function recordAt(b: PreparedBatch, i: number): Record<string, unknown> {
  const record: Record<string, unknown> = {}
  const width = b.fields.length
  for (let f = 0; f < width; f++) record[b.fields[f]] = b.values[i * width + f]
  return record
}

/**
 * Validate and hash rows as they are read, `size` rows (good and rejected) to a batch. Runs in the
 * import's worker thread for a register file, in the caller's thread for other readers.
 */
export async function* prepareBatches<R extends Record<string, unknown>>(
  spec: RegisterSpec<R>,
  rows: AsyncIterable<RawRow>,
  size: number,
  progress: ReadProgress = {read: 0},
): AsyncGenerator<PreparedBatch> {
  const hash = rowHasher()
  spec.prepare?.()
  let batch = emptyBatch([])
  for await (const {rowNo, raw, error} of rows) {
    progress.read++
    const {record, errors} = error ? {record: undefined, errors: [error]} : safeValidate(spec, raw, rowNo)
    if (errors.length > 0 || !record) {
      batch.rejects.push({rowNo, raw, errors: errors.length ? errors : [{field: spec.key, reason: 'row could not be read'}]})
    } else {
      let fields = batch.fields
      if (!sameFields(record, fields)) {
        // A record shaped unlike the batch's (a register that leaves a field out) starts a batch of its own.
        if (batchSize(batch) > 0) yield batch
        batch = emptyBatch((fields = Object.keys(record)))
      }
      batch.rowNos.push(rowNo)
      batch.keys.push(String(record[spec.key]))
      batch.hashes.push(hash(record))
      for (let f = 0; f < fields.length; f++) batch.values.push(record[fields[f]])
      batch.raws.push(JSON.stringify(raw))
    }
    if (batchSize(batch) >= size) {
      yield batch
      batch = emptyBatch(batch.fields)
    }
  }
  if (batchSize(batch) > 0) yield batch
}

function sameFields(record: Record<string, unknown>, fields: string[]): boolean {
  let n = 0
  for (const k in record) if (fields[n++] !== k) return false
  return n === fields.length
}

/** A validator that throws is a bug, but one row must not end the import: it becomes a reject that says so. */
function safeValidate<R extends Record<string, unknown>>(
  spec: RegisterSpec<R>,
  raw: Record<string, string | undefined>,
  rowNo: number,
): {record?: R; errors: RowError[]} {
  try {
    return spec.validate(raw, rowNo)
  } catch (error) {
    return {errors: [{field: spec.key, reason: `row could not be validated: ${(error as Error).message}`}]}
  }
}

import {RowLimits, RowTexts} from '../store/dialect'
import {RowTextWriter} from '../store/dialect/row-texts'
import {RawRow, RegisterSpec, RowError} from './register-spec'
import {Reject} from './rejects'
import {overLongFields, oversizedRow} from './row-limits'
import {valuesHasher} from './row-hash'
import {msg} from '../i18n'

type Raw = Record<string, string | undefined>

/** What a batch's rare paths need of some rows: their values (an update) and the rows as read (a repeated key's reject). */
export interface RowDetails {
  /** Each row's values, in `fields` order. */
  values: unknown[][]
  raws: Raw[]
}

/**
 * Rows validated and hashed, ready for one transaction. Each good row is an array of its values in
 * `fields` order: a row object each cost the writing thread more to receive from the worker than to
 * insert, and one flat list for the whole batch (528 KB for 2,000 tickets) went to V8's large-object
 * space, freed only by a full collection (at 1M tickets: 260–280 MB peak against 230 MB, and a fifth
 * more system time). What only updates and rejects need (the rows as read, and the values where the
 * rows come as text) stays with the worker until asked for.
 */
export interface PreparedBatch {
  /** The record's fields, in the order of each row's values; every row of a batch has the same. */
  fields: string[]
  rowNos: number[]
  keys: string[]
  hashes: string[]
  /** Each good row's values, in `fields` order; absent when they come as `texts`. */
  values?: unknown[][]
  /** The good rows as the store's literal text for a bulk insert, where the store takes rows as text (see `rowEncoder`). */
  texts?: RowTexts
  /** Each good row as read; absent when `details` fetches them. */
  raws?: Raw[]
  rejects: Reject[]
  /** Each good row's digest lanes, the same number a row, in row order (NaN where uncertain); absent when not summed ahead. */
  lanes?: number[]
  /** Values and rows as read of the good rows `rows` (indexes), for a batch that came without them. */
  details?: (rows: number[]) => Promise<RowDetails>
}

/** How far a reader got: rows read so far, including those of a batch not yet handed on. */
export interface ReadProgress {
  read: number
}

/**
 * Appends a good row's digest lanes (from its values in `fields` order and the hash and row number the
 * import writes beside them) to `into`, the first one NaN where they are not certain (see `laneAdder`).
 */
export type LaneAdder = (fields: readonly string[], values: readonly unknown[], hash: string, rowNo: number, into: number[]) => void

/** A good row's insert text: its values, hash and row number in the store's literal form (`loadBatch` decides the layout). */
export type RowEncoder = (values: unknown[], hash: string, rowNo: number) => string

/** Rows, good and rejected, in a batch. */
export const batchSize = (b: PreparedBatch): number => b.rowNos.length + b.rejects.length

/** Values and rows as read of some good rows, from the batch itself or fetched. */
export async function detailsOf(b: PreparedBatch, rows: number[]): Promise<RowDetails> {
  if (b.values && b.raws) return {values: rows.map((i) => b.values![i]), raws: rows.map((i) => b.raws![i])}
  if (!b.details) throw new Error('a prepared batch came without its rows as read')
  return b.details(rows)
}

/** A record from its values in `fields` order. */
export function recordOf(fields: string[], values: unknown[]): Record<string, unknown> {
  const record: Record<string, unknown> = {}
  for (let f = 0; f < fields.length; f++) record[fields[f]] = values[f]
  return record
}

/** What `prepareBatches` does beside validating and hashing, and what its batches keep. */
export interface PrepareOptions {
  /** Writes each good row's insert text, where the store takes rows as text. */
  encode?: RowEncoder
  /** What one row may hold on this store: rows over it are rejected. */
  limits?: RowLimits
  /** Sums each good row's digest lanes. */
  lanes?: LaneAdder
  /**
   * Whether batches keep each good row's values and the rows as read (both by default). Values the
   * writer binds are always kept; whoever leaves the rest out answers `details` for them itself.
   */
  keep?: {values: boolean; raws: boolean}
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
  {encode, limits, lanes, keep = {values: true, raws: true}}: PrepareOptions = {},
): AsyncGenerator<PreparedBatch> {
  const keepValues = keep.values || !encode
  const emptyBatch = (fields: string[]): PreparedBatch => ({
    fields,
    rowNos: [],
    keys: [],
    hashes: [],
    ...(keepValues ? {values: []} : {}),
    ...(keep.raws ? {raws: []} : {}),
    rejects: [],
  })
  const hash = valuesHasher()
  spec.prepare?.()
  let batch = emptyBatch([])
  const texts = encode && new RowTextWriter()
  // The rows' texts go with the batch as one block (see RowTexts).
  const sealed = (b: PreparedBatch): PreparedBatch => {
    if (texts) b.texts = texts.finish()
    return b
  }
  for await (const {rowNo, raw, error} of rows) {
    progress.read++
    const {record, errors} = error ? {record: undefined, errors: [error]} : safeValidate(spec, raw, rowNo)
    if (errors.length > 0 || !record) {
      batch.rejects.push({rowNo, raw, errors: errors.length ? errors : [{field: spec.key, reason: msg().rejects.unreadable}]})
    } else {
      let fields = batch.fields
      if (!sameFields(record, fields)) {
        // A record shaped unlike the batch's (a register that leaves a field out) starts a batch of its own.
        if (batchSize(batch) > 0) yield sealed(batch)
        batch = emptyBatch((fields = Object.keys(record)))
      }
      // The record's keys are `fields`, in order (sameFields): its values come in the same order, read in
      // one call rather than by a lookup per field name.
      const values = Object.values(record)
      // A value its column cannot take is this row's reject, on every store alike, never the batch's failure.
      const overLong = overLongFields(fields, values, limits)
      const h = overLong.length ? '' : hash(fields, values)
      const literal = !overLong.length && encode ? encode(values, h, rowNo) : undefined
      const oversized = overLong.length ? undefined : oversizedRow(fields, values, literal, limits)
      if (overLong.length || oversized) batch.rejects.push({rowNo, raw, errors: oversized ? [oversized] : overLong})
      else {
        batch.rowNos.push(rowNo)
        batch.keys.push(String(record[spec.key]))
        batch.hashes.push(h)
        batch.values?.push(values)
        batch.raws?.push(raw)
        if (literal !== undefined) texts!.push(literal)
        if (lanes) lanes(fields, values, h, rowNo, (batch.lanes ??= []))
      }
    }
    if (batchSize(batch) >= size) {
      yield sealed(batch)
      batch = emptyBatch(batch.fields)
    }
  }
  if (batchSize(batch) > 0) yield sealed(batch)
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
    return {errors: [{field: spec.key, reason: msg().rejects.notValidated({why: (error as Error).message})}]}
  }
}

import {msg} from '../i18n'
import type {RowLimits} from '../store/dialect'
import {RowError} from './register-spec'

/** Room kept in a statement for its head (INSERT INTO … VALUES) and the row's bookkeeping. */
const STATEMENT_HEAD_BYTES = 4096

/** Characters as the database counts them (code points), counted only when the UTF-16 length could be over. */
function charCount(text: string, limit: number): number {
  if (text.length <= limit) return text.length
  let n = 0
  for (const _ of text) n++
  return n
}

/** Each value longer than its varchar column takes: the row's rejects, the same on every store. */
export function overLongFields(fields: readonly string[], values: readonly unknown[], limits: RowLimits | undefined): RowError[] {
  if (!limits) return []
  const errors: RowError[] = []
  for (let f = 0; f < fields.length; f++) {
    const limit = limits.chars[fields[f]]
    const v = values[f]
    if (limit === undefined || typeof v !== 'string' || v.length <= limit) continue
    const length = charCount(v, limit)
    if (length > limit) errors.push({field: fields[f], reason: msg().faults.tooLong({field: fields[f], length, limit})})
  }
  return errors
}

/**
 * A row too large for one statement on this server (max_allowed_packet), named by its largest field;
 * `text` is the row as the statement will carry it, or its values where the store binds them.
 */
export function oversizedRow(
  fields: readonly string[],
  values: readonly unknown[],
  text: string | undefined,
  limits: RowLimits | undefined,
): RowError | undefined {
  const max = limits?.statementBytes
  if (!max) return undefined
  // UTF-8 takes at most three bytes per UTF-16 unit: almost every row is cleared without counting bytes.
  let units = text?.length ?? 0
  if (text === undefined) for (const v of values) units += typeof v === 'string' ? v.length : 24
  if (units * 3 + STATEMENT_HEAD_BYTES <= max) return undefined
  let bytes = 0
  let largest = 0
  let largestBytes = -1
  for (let f = 0; f < values.length; f++) {
    const v = values[f]
    const b = typeof v === 'string' ? Buffer.byteLength(v) : 24
    bytes += b
    if (b > largestBytes) [largest, largestBytes] = [f, b]
  }
  if (text !== undefined) bytes = Buffer.byteLength(text)
  if (bytes + STATEMENT_HEAD_BYTES <= max) return undefined
  return {field: fields[largest] ?? '', reason: msg().faults.tooLarge({bytes, limit: max})}
}

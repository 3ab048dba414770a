import {hash as oneShot} from 'node:crypto'

/**
 * The row hash: SHA-256 of the record's keys, sorted, as a JSON array, followed by its values in that
 * order as a JSON array (an array takes JSON.stringify's fast path; a per-row key sort or replacer
 * would dominate a large import), hashed in one call: a hash object per row cost twice as much.
 */
export function rowHasher(): (record: Record<string, unknown>) => string {
  const hashValues = valuesHasher()
  let fields: string[] = []
  return (record) => {
    const own = Object.keys(record)
    let same = own.length === fields.length
    for (let i = 0; same && i < own.length; i++) same = own[i] === fields[i]
    if (!same) fields = own
    const values = new Array(fields.length)
    for (let i = 0; i < fields.length; i++) values[i] = record[fields[i]]
    return hashValues(fields, values)
  }
}

/**
 * The row hash of a record given as its fields and their values in that order: the import's form,
 * where the sorted order is worked out once per list of fields rather than once per row.
 */
export function valuesHasher(): (fields: readonly string[], values: readonly unknown[], from?: number) => string {
  let last: readonly string[] | undefined
  let order: number[] = []
  let prefix = ''
  return (fields, values, from = 0) => {
    if (fields !== last) {
      last = fields
      const sorted = [...fields].sort()
      order = sorted.map((f) => fields.indexOf(f))
      prefix = JSON.stringify(sorted)
    }
    const inOrder = new Array(order.length)
    for (let i = 0; i < order.length; i++) inOrder[i] = values[from + order[i]] ?? null
    return oneShot('sha256', prefix + JSON.stringify(inOrder), 'hex')
  }
}

/** The hash an import stores for a record: a re-derivation of stored rows keeps a re-import of the same file unchanged. */
export function recordHash(record: Record<string, unknown>): string {
  return rowHasher()(record)
}

import {createHash} from 'node:crypto'

/**
 * The row hash: the record's keys, sorted, then its values in that order as a JSON array (an array
 * takes JSON.stringify's fast path; a per-row key sort or replacer would dominate a large import).
 */
export function rowHasher(): (record: Record<string, unknown>) => string {
  let keys: string[] = []
  // The keys in the record's own order the last time: a register builds every record alike, so an
  // identical order means the sorted keys still hold without a per-row set look-up.
  let lastOwn: string[] = []
  // The hash state after the key list, copied per row rather than hashing the same prefix again.
  let seeded = createHash('sha256')
  return (record) => {
    const own = Object.keys(record)
    let same = own.length === lastOwn.length
    for (let i = 0; same && i < own.length; i++) same = own[i] === lastOwn[i]
    if (!same) {
      lastOwn = own
      keys = [...own].sort()
      seeded = createHash('sha256').update(JSON.stringify(keys))
    }
    const values = new Array(keys.length)
    for (let i = 0; i < keys.length; i++) values[i] = record[keys[i]] ?? null
    return seeded.copy().update(JSON.stringify(values)).digest('hex')
  }
}

/** The hash an import stores for a record: a re-derivation of stored rows keeps a re-import of the same file unchanged. */
export function recordHash(record: Record<string, unknown>): string {
  return rowHasher()(record)
}

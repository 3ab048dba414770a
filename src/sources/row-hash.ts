import {hash as oneShot} from 'node:crypto'

/**
 * The row hash: SHA-256 of the record's keys, sorted, as a JSON array, followed by its values in that
 * order as a JSON array (an array takes JSON.stringify's fast path; a per-row key sort or replacer
 * would dominate a large import). One-shot hashing of the whole text: a hash object per row cost
 * twice as much.
 */
export function rowHasher(): (record: Record<string, unknown>) => string {
  let keys: string[] = []
  // The keys in the record's own order the last time: a register builds every record alike, so an
  // identical order means the sorted keys still hold without a per-row set look-up.
  let lastOwn: string[] = []
  let prefix = ''
  return (record) => {
    const own = Object.keys(record)
    let same = own.length === lastOwn.length
    for (let i = 0; same && i < own.length; i++) same = own[i] === lastOwn[i]
    if (!same) {
      lastOwn = own
      keys = [...own].sort()
      prefix = JSON.stringify(keys)
    }
    const values = new Array(keys.length)
    for (let i = 0; i < keys.length; i++) values[i] = record[keys[i]] ?? null
    return oneShot('sha256', prefix + JSON.stringify(values), 'hex')
  }
}

/** The hash an import stores for a record: a re-derivation of stored rows keeps a re-import of the same file unchanged. */
export function recordHash(record: Record<string, unknown>): string {
  return rowHasher()(record)
}

import {existsSync, readFileSync, renameSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'

/**
 * The head of the log, anchored outside the store: each folder the tool writes a recorded file into
 * holds this small file naming, per store, the audit entry that recorded its latest file. A table edit
 * cannot move it, so deleting the log's last entries (and the head kept in `meta`) shows as a folder
 * that names an entry the log no longer has. Stores are told apart by the hash of their first entry.
 */
export const ANCHOR_FILE = '.prime-migrate-head.json'

export interface Anchor {
  entry: number
  hash: string
}

export type Anchors = Record<string, Anchor>

/** The anchors in `dir`: none when there is no anchor file, undefined when it is not one. */
export function readAnchors(dir: string): Anchors | undefined {
  const path = join(dir, ANCHOR_FILE)
  if (!existsSync(path)) return {}
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8'))
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? parsed : undefined
  } catch {
    return undefined
  }
}

/** Name `anchor` as the head `store` reached in `dir`; a later entry only ever replaces an earlier one. */
export function writeAnchor(dir: string, store: string, anchor: Anchor): void {
  const anchors = readAnchors(dir) ?? {}
  if ((anchors[store]?.entry ?? 0) > anchor.entry) return
  anchors[store] = anchor
  const path = join(dir, ANCHOR_FILE)
  writeFileSync(`${path}.tmp`, `${JSON.stringify(anchors, null, 2)}\n`)
  renameSync(`${path}.tmp`, path)
}

import {existsSync, statSync} from 'node:fs'
import {resolve} from 'node:path'

export interface Evidence {
  kind: 'text' | 'url' | 'file'
  /** The text or URL as given, or the absolute path of the file. */
  value: string
}

/** An existing file is evidence to hash and re-check; a URL is a link; anything else is a statement. */
export function classifyEvidence(given: string, cwd = process.cwd()): Evidence {
  const text = given.trim()
  if (/^https?:\/\//i.test(text)) return {kind: 'url', value: text}
  const path = resolve(cwd, text)
  if (text.length < 4096 && existsSync(path) && statSync(path).isFile()) return {kind: 'file', value: path}
  return {kind: 'text', value: text}
}

import {existsSync, statSync} from 'node:fs'
import {homedir} from 'node:os'
import {resolve} from 'node:path'
import {InputError} from '../errors'
import {msg} from '../i18n'

export interface Evidence {
  kind: 'text' | 'url' | 'file'
  /** The text or URL as given, or the absolute path of the file. */
  value: string
}

const URL_SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i
/** Starts as a path does: ./ ../ / ~/ or a drive letter. */
const PATH_START = /^(\.{1,2}[\\/]|[\\/]|~[\\/]|[A-Za-z]:[\\/])/
/** Ends as a document, scan, photo or mail someone would give as evidence. */
const DOCUMENT = /\.(pdf|docx?|xlsx?|ods|odt|pptx?|csv|txt|eml|msg|png|jpe?g|gif|tiff?|zip|html?|mp3|mp4|wav)$/i

/** One word of the characters file names are typed with (no quotes, no `=`: a formula is text). */
const PATH_WORD = /^[\p{L}\p{N}._~/\\:+@%,()[\]-]+$/u

/** Whether `text` was meant as a file: it starts like a path, names a document, or is one word with a separator or an extension. */
export function looksLikePath(text: string): boolean {
  if (PATH_START.test(text) || DOCUMENT.test(text)) return true
  return PATH_WORD.test(text) && (/[\\/]/.test(text) || /\.[A-Za-z][A-Za-z0-9]{0,5}$/.test(text))
}

function kindOf(path: string): 'folder' | 'device' | 'fifo' | 'socket' | 'other' {
  const st = statSync(path)
  if (st.isDirectory()) return 'folder'
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'device'
  if (st.isFIFO()) return 'fifo'
  if (st.isSocket()) return 'socket'
  return 'other'
}

/**
 * A URL is a link; an existing regular file (or a symlink to one) is evidence to hash and re-check;
 * a path that does not exist, or names a folder, a device or a FIFO, is refused (exit 2) naming it,
 * never kept as text nor read; anything else is a statement.
 */
export function classifyEvidence(given: string, cwd = process.cwd()): Evidence {
  const m = msg().channels
  const text = given.trim()
  if (URL_SCHEME.test(text)) return {kind: 'url', value: text}
  if (text.length >= 4096) return {kind: 'text', value: text}
  const path = resolve(cwd, text.replace(/^~(?=[\\/])/, homedir()))
  if (existsSync(path)) {
    if (statSync(path).isFile()) return {kind: 'file', value: path}
    throw new InputError(m.evidenceNotAFile({given: text, path, kind: kindOf(path)}), m.evidenceNotAFileFix)
  }
  if (looksLikePath(text)) throw new InputError(m.evidenceMissing({given: text, path}), m.evidenceMissingFix)
  return {kind: 'text', value: text}
}

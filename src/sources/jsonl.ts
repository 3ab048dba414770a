import {createReadStream} from 'node:fs'
import {msg} from '../i18n'
import {RawRow} from './register-spec'
import {checkReadable, checkUtf8Text} from './encoding'
import {LIMIT_ENV, megabytes, ReaderLimits, readerLimits} from './reader-limits'

/** What a rejected line keeps of itself for the rejects file. */
const SHOWN = 500

/**
 * JSON Lines: one object per line, streamed. A line that is not a JSON object becomes a rejected
 * row with its line number rather than ending the import; values are read as the text a CSV would hold.
 */
export async function openJsonl(file: string): Promise<{rows: AsyncIterable<RawRow>}> {
  checkReadable(file)
  await checkUtf8Text(file)
  readerLimits()
  return {rows: jsonlRows(file)}
}

/**
 * The file's lines. A line longer than the limit (counted in characters, each at least a byte) is
 * never held whole, only its start for the reject, so one 600 MB line costs no more memory than a
 * short one.
 */
export async function* jsonlRows(file: string, limits: ReaderLimits = readerLimits()): AsyncGenerator<RawRow> {
  let rowNo = 0
  let line = ''
  let length = 0
  let tooLongHead: string | undefined
  for await (const chunk of createReadStream(file, {encoding: 'utf8'})) {
    const parts = (chunk as string).split('\n')
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i]
      length += part.length
      if (tooLongHead === undefined) {
        line = line === '' ? part : line + part
        if (length > limits.lineBytes) {
          tooLongHead = line.slice(0, SHOWN)
          line = ''
        }
      }
      // The last part is cut by the chunk's end: it goes on in the next chunk.
      if (i === parts.length - 1) break
      rowNo++
      const row = tooLongHead === undefined ? lineRow(rowNo, line, limits) : tooLong(rowNo, tooLongHead, limits)
      line = ''
      length = 0
      tooLongHead = undefined
      if (row) yield row
    }
  }
  if (length > 0) {
    rowNo++
    const row = tooLongHead === undefined ? lineRow(rowNo, line, limits) : tooLong(rowNo, tooLongHead, limits)
    if (row) yield row
  }
}

function tooLong(rowNo: number, head: string, limits: ReaderLimits): RawRow {
  const reason = msg().readers.lineTooLong({limit: megabytes(limits.lineBytes), env: LIMIT_ENV.lineMb})
  return {rowNo, raw: {line: head}, error: {field: '(line)', reason}}
}

function lineRow(rowNo: number, line: string, limits: ReaderLimits): RawRow | undefined {
  let text = line
  if (rowNo === 1) text = text.replace(/^\uFEFF/, '')
  if (text.endsWith('\r')) text = text.slice(0, -1)
  if (!text.trim()) return undefined
  const rejected = (reason: string): RawRow => ({rowNo, raw: {line: text.slice(0, SHOWN)}, error: {field: '(line)', reason}})
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    return rejected(msg().readers.notJson({detail: (error as Error).message}))
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return rejected(msg().readers.notJsonObject)
  const raw: Record<string, string | undefined> = {}
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    // Nested values are kept as their JSON text; one nested past the limit would overflow the stack doing so.
    if (v !== null && typeof v === 'object' && deeperThan(v, limits.jsonDepth - 1))
      return rejected(msg().readers.jsonTooDeep({limit: limits.jsonDepth, env: LIMIT_ENV.jsonDepth}))
    raw[k] = asText(v)
  }
  return {rowNo, raw}
}

/** Whether `value` nests more than `limit` levels, measured without recursion (the line's object is level 1). */
function deeperThan(value: object, limit: number): boolean {
  const stack: [object, number][] = [[value, 1]]
  while (stack.length > 0) {
    const [v, depth] = stack.pop()!
    if (depth > limit) return true
    for (const child of Object.values(v)) if (child !== null && typeof child === 'object') stack.push([child as object, depth + 1])
  }
  return false
}

function asText(v: unknown): string | undefined {
  if (v === null || v === undefined) return undefined
  if (typeof v === 'string') return v
  if (typeof v === 'number' || typeof v === 'boolean') return String(v)
  return JSON.stringify(v)
}

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
 * The file's lines, split as bytes: a line longer than the limit is never held whole (only its
 * start, for the reject), so one 600 MB line costs no more memory than a short one.
 */
export async function* jsonlRows(file: string, limits: ReaderLimits = readerLimits()): AsyncGenerator<RawRow> {
  let rowNo = 0
  let pieces: Buffer[] = []
  let length = 0
  let head: Buffer | undefined
  const endLine = (): RawRow | undefined => {
    rowNo++
    const row = head ? tooLong(rowNo, head, limits) : lineRow(rowNo, pieces.length === 1 ? pieces[0] : Buffer.concat(pieces), limits)
    pieces = []
    length = 0
    head = undefined
    return row
  }
  for await (const chunk of createReadStream(file)) {
    const buf = chunk as Buffer
    let start = 0
    for (;;) {
      const nl = buf.indexOf(10, start)
      const end = nl < 0 ? buf.length : nl
      length += end - start
      if (!head) {
        pieces.push(buf.subarray(start, end))
        if (length > limits.lineBytes) {
          head = Buffer.concat(pieces).subarray(0, SHOWN)
          pieces = []
        }
      }
      if (nl < 0) break
      const row = endLine()
      if (row) yield row
      start = nl + 1
    }
  }
  if (length > 0) {
    const row = endLine()
    if (row) yield row
  }
}

function tooLong(rowNo: number, head: Buffer, limits: ReaderLimits): RawRow {
  const reason = msg().readers.lineTooLong({limit: megabytes(limits.lineBytes), env: LIMIT_ENV.lineMb})
  return {rowNo, raw: {line: head.toString('utf8')}, error: {field: '(line)', reason}}
}

function lineRow(rowNo: number, bytes: Buffer, limits: ReaderLimits): RawRow | undefined {
  let text = bytes.toString('utf8')
  if (rowNo === 1) text = text.replace(/^\uFEFF/, '')
  if (text.endsWith('\r')) text = text.slice(0, -1)
  if (!text.trim()) return undefined
  const m = msg().readers
  const rejected = (reason: string): RawRow => ({rowNo, raw: {line: text.slice(0, SHOWN)}, error: {field: '(line)', reason}})
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    return rejected(m.notJson({detail: (error as Error).message}))
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return rejected(m.notJsonObject)
  const raw: Record<string, string | undefined> = {}
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    // Nested values are kept as their JSON text; one nested past the limit would overflow the stack doing so.
    if (v !== null && typeof v === 'object' && deeperThan(v, limits.jsonDepth - 1))
      return rejected(m.jsonTooDeep({limit: limits.jsonDepth, env: LIMIT_ENV.jsonDepth}))
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

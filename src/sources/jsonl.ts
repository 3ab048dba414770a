import {createReadStream} from 'node:fs'
import {createInterface} from 'node:readline'
import {RawRow} from './register-spec'
import {checkReadable, checkUtf8Text} from './encoding'
import {msg} from '../i18n'

/**
 * JSON Lines: one object per line, streamed. A line that is not a JSON object becomes a rejected
 * row with its line number rather than ending the import; values are read as the text a CSV would hold.
 */
export async function openJsonl(file: string): Promise<{rows: AsyncIterable<RawRow>}> {
  checkReadable(file)
  await checkUtf8Text(file)
  return {rows: jsonlRows(file)}
}

export async function* jsonlRows(file: string): AsyncGenerator<RawRow> {
  const lines = createInterface({input: createReadStream(file, {encoding: 'utf8'}), crlfDelay: Infinity})
  let rowNo = 0
  for await (const line of lines) {
    rowNo++
    const text = rowNo === 1 ? line.replace(/^\uFEFF/, '') : line
    if (!text.trim()) continue
    let value: unknown
    try {
      value = JSON.parse(text)
    } catch (error) {
      yield {
        rowNo,
        raw: {line: text.slice(0, 500)},
        error: {field: '(line)', reason: msg().rejects.notJson({why: (error as Error).message})},
      }
      continue
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      yield {rowNo, raw: {line: text.slice(0, 500)}, error: {field: '(line)', reason: msg().rejects.notJsonObject}}
      continue
    }
    const raw: Record<string, string | undefined> = {}
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) raw[k] = asText(v)
    yield {rowNo, raw}
  }
}

function asText(v: unknown): string | undefined {
  if (v === null || v === undefined) return undefined
  if (typeof v === 'string') return v
  if (typeof v === 'number' || typeof v === 'boolean') return String(v)
  return JSON.stringify(v)
}

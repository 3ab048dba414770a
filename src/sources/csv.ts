import {createReadStream} from 'node:fs'
import {parse} from 'csv-parse'
import Papa from 'papaparse'
import {InputError} from '../errors'
import {RawRow} from './register-spec'
import {checkReadable, checkUtf8Text} from './encoding'
import {HeaderRules, mapHeader} from './header'
import {msg} from '../i18n'

/**
 * A CSV register with a header row, streamed: BOM stripped, CRLF and quoted line breaks accepted.
 * Row numbers count the header as row 1, as a spreadsheet shows them. Structural problems (not
 * UTF-8, `;` separators, a missing required column) throw InputError before any row is read.
 */
export async function openCsv(
  file: string,
  rules: HeaderRules,
): Promise<{columns: string[]; mapping: (string | null)[]; rows: AsyncIterable<RawRow>}> {
  checkReadable(file)
  await checkUtf8Text(file)
  const header = await readHeader(file)
  const columns = mapHeader(file, header, rules)
  return {columns: columns.filter((c): c is string => c !== null), mapping: columns, rows: csvRows(file, columns)}
}

async function readHeader(file: string): Promise<string[]> {
  const parser = createReadStream(file).pipe(parse({bom: true, to_line: 1, relax_column_count: true, relax_quotes: true}))
  let header: string[] | undefined
  for await (const rec of parser) header ??= rec as string[]
  if (!header || header.every((h) => !h.trim()))
    throw new InputError(`${file} has no header row`, 'the first line must name the columns, e.g. ticket_id,channel,created_at,…')
  if (header.length === 1 && /[;\t|]/.test(header[0])) {
    const sep = header[0].includes(';') ? ';' : header[0].includes('\t') ? 'tab' : '|'
    throw new InputError(
      `${file} uses "${sep}" to separate columns, not ","`,
      'export it as comma-separated CSV (Excel: "CSV UTF-8 (Comma delimited)"); nothing was loaded',
    )
  }
  return header
}

/** Text read per step; a row longer than this spans steps and is carried over. */
const CHUNK = 1 << 16

/** The record separator a file uses, as its header line ends (a file keeps one; csv-parse detected it the same way). */
function newlineOf(text: string): '\r\n' | '\n' | '\r' {
  const at = text.search(/[\r\n]/)
  if (at < 0 || text[at] === '\n') return '\n'
  return text[at + 1] === '\n' ? '\r\n' : '\r'
}

const QUOTE_PROBLEM: Record<string, string> = {
  MissingQuotes: 'a quoted field is never closed',
  InvalidQuotes: 'a quoted field has text after its closing quote',
}

/**
 * The rows after the header, parsed by papaparse's Parser 64 KB at a time (several times faster
 * than csv-parse on a register). A row cut by the end of a step is parsed again with the next one;
 * a long cut row (an unclosed quote) is retried only once the text has doubled, so a file is read in
 * linear time whatever it holds.
 */
export async function* csvRows(file: string, columns: (string | null)[]): AsyncGenerator<RawRow> {
  let parser: InstanceType<typeof Papa.Parser> | undefined
  let carry = ''
  let retryAt = 0
  let first = true
  let rowNo = 0
  const width = columns.length
  const toRow = (rec: string[], problem?: string): RawRow | undefined => {
    rowNo++
    if (first) {
      first = false
      return undefined
    }
    if (problem === undefined && rec.every((v) => v.trim() === '')) return undefined
    const raw: Record<string, string | undefined> = {}
    for (let i = 0; i < width; i++) if (columns[i]) raw[columns[i]!] = rec[i]
    if (problem !== undefined)
      return {
        rowNo,
        raw,
        error: {field: '(row)', reason: msg().rejects.notCsv({problem})},
      }
    if (rec.length !== width && rec.slice(width).some((v) => v.trim() !== ''))
      return {
        rowNo,
        raw,
        error: {field: '(row)', reason: msg().rejects.width({fields: rec.length, width})},
      }
    return {rowNo, raw}
  }
  function* parse(text: string, last: boolean): Generator<RawRow> {
    parser ??= new Papa.Parser({delimiter: ',', newline: newlineOf(text), quoteChar: '"'})
    const result = parser.parse(text, 0, !last)
    const data = result.data as string[][]
    const problems = new Map<number, string>()
    // Errors about the cut row at the end are not errors yet: that row is parsed again with more text.
    for (const e of result.errors)
      if (e.row !== undefined && e.row < data.length && !problems.has(e.row)) problems.set(e.row, QUOTE_PROBLEM[e.code] ?? e.message)
    for (let i = 0; i < data.length; i++) {
      const row = toRow(data[i], problems.get(i))
      if (row) yield row
    }
    carry = last ? '' : text.slice(result.meta.cursor)
    retryAt = carry.length > CHUNK ? 2 * carry.length : 0
  }
  for await (const chunk of createReadStream(file, {encoding: 'utf8', highWaterMark: CHUNK})) {
    const text = first && carry === '' ? (chunk as string).replace(/^\uFEFF/, '') : carry + (chunk as string)
    if (text.length < retryAt) {
      carry = text
      continue
    }
    yield* parse(text, false)
  }
  if (carry !== '' || !parser) yield* parse(carry, true)
}

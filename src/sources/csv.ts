import {createReadStream} from 'node:fs'
import {parse} from 'csv-parse'
import {InputError} from '../errors'
import {RawRow} from './register-spec'
import {checkReadable, checkUtf8Text} from './encoding'
import {HeaderRules, mapHeader} from './header'

/**
 * A CSV register with a header row, streamed: BOM stripped, CRLF and quoted line breaks accepted.
 * Row numbers count the header as row 1, as a spreadsheet shows them. Structural problems (not
 * UTF-8, `;` separators, a missing required column) throw InputError before any row is read.
 */
export async function openCsv(file: string, rules: HeaderRules): Promise<{columns: string[]; rows: AsyncIterable<RawRow>}> {
  checkReadable(file)
  await checkUtf8Text(file)
  const header = await readHeader(file)
  const columns = mapHeader(file, header, rules)
  return {columns: columns.filter((c): c is string => c !== null), rows: csvRows(file, columns)}
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

async function* csvRows(file: string, columns: (string | null)[]): AsyncGenerator<RawRow> {
  const skipped: string[] = []
  const parser = createReadStream(file).pipe(parse({bom: true, from_line: 2, relax_column_count: true, skip_records_with_error: true}))
  parser.on('skip', (err: Error) => skipped.push(err.message))
  let rowNo = 1
  const width = columns.length
  for await (const rec of parser as AsyncIterable<string[]>) {
    while (skipped.length) yield {rowNo: ++rowNo, raw: {}, error: {field: '(row)', reason: `cannot be read as CSV: ${skipped.shift()}`}}
    rowNo++
    if (rec.every((v) => v.trim() === '')) continue
    const raw: Record<string, string | undefined> = {}
    for (let i = 0; i < width; i++) if (columns[i]) raw[columns[i]!] = rec[i]
    if (rec.length !== width && rec.slice(width).some((v) => v.trim() !== '')) {
      yield {
        rowNo,
        raw,
        error: {field: '(row)', reason: `has ${rec.length} fields but the header has ${width}; check for an unquoted comma`},
      }
      continue
    }
    yield {rowNo, raw}
  }
  while (skipped.length) yield {rowNo: ++rowNo, raw: {}, error: {field: '(row)', reason: `cannot be read as CSV: ${skipped.shift()}`}}
}

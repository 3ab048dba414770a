import {createReadStream} from 'node:fs'
import {parse} from 'csv-parse'
import Papa from 'papaparse'
import {InputError} from '../errors'
import {msg} from '../i18n'
import {RawRow} from './register-spec'
import {checkReadable, checkUtf8Text} from './encoding'
import {HeaderRules, mapHeader} from './header'
import {LIMIT_ENV, megabytes, ReaderLimits, readerLimits} from './reader-limits'

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
  const m = msg().readers
  const limit = readerLimits().lineBytes
  const parser = createReadStream(file).pipe(
    parse({bom: true, to_line: 1, relax_column_count: true, relax_quotes: true, max_record_size: limit}),
  )
  let header: string[] | undefined
  try {
    for await (const rec of parser) header ??= rec as string[]
  } catch (error) {
    if ((error as {code?: string}).code !== 'CSV_MAX_RECORD_SIZE') throw error
    throw new InputError(m.headerTooLong({file, limit: megabytes(limit), env: LIMIT_ENV.lineMb}), m.headerTooLongFix)
  }
  if (!header || header.every((h) => !h.trim())) throw new InputError(m.csvNoHeader({file}), m.csvNoHeaderFix)
  if (header.length === 1 && /[;\t|]/.test(header[0])) {
    const sep = header[0].includes(';') ? ';' : header[0].includes('\t') ? 'tab' : '|'
    throw new InputError(m.csvSeparator({file, sep}), m.csvSeparatorFix)
  }
  return header
}

/** Text read per step; a row longer than this spans steps and is carried over. */
const CHUNK = 1 << 16

/** The record separator a file uses, as its header line ends (a file keeps one; csv-parse detected it the same way). */
type Newline = '\r\n' | '\n' | '\r'

function newlineOf(text: string): Newline {
  const at = text.search(/[\r\n]/)
  if (at < 0 || text[at] === '\n') return '\n'
  return text[at + 1] === '\n' ? '\r\n' : '\r'
}

/**
 * The rows after the header, parsed by papaparse's Parser 64 KB at a time (several times faster
 * than csv-parse on a register). A row cut by the end of a step is parsed again with the next one;
 * a long cut row (an unclosed quote) is retried only once the text has doubled, so a file is read in
 * linear time whatever it holds. A record longer than the limit is never held whole: it becomes a
 * reject and is skipped to its end (or to the end of the file, when its quote never closes).
 */
export async function* csvRows(
  file: string,
  columns: (string | null)[],
  limits: ReaderLimits = readerLimits(),
  passages?: CsvPassages,
): AsyncGenerator<RawRow> {
  const m = msg().readers
  let parser: InstanceType<typeof Papa.Parser> | undefined
  let newline: Newline = '\n'
  let carry = ''
  let retryAt = 0
  let first = true
  let rowNo = 0
  /** Inside a record past the limit: whether the text read so far leaves it inside quotes. */
  let skipping: {quoted: boolean} | undefined
  const width = columns.length
  const toRow = (rec: string[], problem?: string): RawRow | undefined => {
    rowNo++
    if (first) {
      first = false
      return undefined
    }
    if (problem === undefined && rec.every((v) => v.trim() === '')) return undefined
    const raw = rawOf(rec, columns)
    if (problem !== undefined) return {rowNo, raw, error: {field: '(row)', reason: m.csvUnreadable({problem})}}
    if (rec.length !== width && rec.slice(width).some((v) => v.trim() !== ''))
      return {rowNo, raw, error: {field: '(row)', reason: m.csvFieldCount({fields: rec.length, width})}}
    return {rowNo, raw}
  }
  const tooLong = (): RawRow => {
    rowNo++
    return {rowNo, raw: {}, error: {field: '(row)', reason: m.recordTooLong({limit: megabytes(limits.lineBytes), env: LIMIT_ENV.lineMb})}}
  }
  /** Drop the over-long record's text up to its end; what follows it is carried on as usual. */
  const skip = (text: string): string => {
    const end = recordEnd(text, newline, skipping!)
    if (end < 0) return ''
    skipping = undefined
    return text.slice(end)
  }
  function* parse(text: string, last: boolean): Generator<RawRow> {
    parser ??= papaParser((newline = newlineOf(text)))
    const result = parser.parse(text, 0, !last)
    const data = result.data as string[][]
    passages?.add({before: rowNo, text, last, newline})
    const problems = new Map<number, string>()
    // Errors about the cut row at the end are not errors yet: that row is parsed again with more text.
    for (const e of result.errors)
      if (e.row !== undefined && e.row < data.length && !problems.has(e.row))
        problems.set(e.row, e.code in m.csvQuote ? m.csvQuote[e.code as keyof typeof m.csvQuote] : e.message)
    for (let i = 0; i < data.length; i++) {
      const row = toRow(data[i], problems.get(i))
      if (row) yield row
    }
    carry = last ? '' : text.slice(result.meta.cursor)
    retryAt = carry.length > CHUNK ? 2 * carry.length : 0
  }
  for await (const chunk of createReadStream(file, {encoding: 'utf8', highWaterMark: CHUNK})) {
    let text = first && carry === '' ? (chunk as string).replace(/^\uFEFF/, '') : carry + (chunk as string)
    if (skipping) {
      text = skip(text)
      retryAt = 0
      if (skipping) continue
    }
    if (text.length < retryAt) carry = text
    else yield* parse(text, false)
    // Counted in characters, each at least a byte: a record reaching the limit is longer than it in bytes too.
    if (carry.length > limits.lineBytes) {
      yield tooLong()
      skipping = {quoted: false}
      carry = skip(carry)
      retryAt = 0
    }
  }
  if (skipping) return
  if (carry !== '' || !parser) yield* parse(carry, true)
}

/**
 * Where the record at the start of `text` ends (just past its line break), or -1 when it goes on:
 * a line break ends it outside quotes, and a doubled quote inside a field flips the state twice.
 */
function recordEnd(text: string, newline: string, state: {quoted: boolean}): number {
  const end = newline === '\r' ? 13 : 10
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 34) state.quoted = !state.quoted
    else if (c === end && !state.quoted) return i + 1
  }
  return -1
}

/** The parser of a register's records: the reader's own and the one that parses a passage again must read alike. */
const papaParser = (newline: Newline) => new Papa.Parser({delimiter: ',', newline, quoteChar: '"'})

/** A record's fields by the register's names (`columns[i]` names the i-th field; null: not used). */
function rawOf(rec: string[], columns: (string | null)[]): Record<string, string | undefined> {
  const raw: Record<string, string | undefined> = {}
  for (let i = 0; i < columns.length; i++) if (columns[i]) raw[columns[i]!] = rec[i]
  return raw
}

/** Text `csvRows` parsed in one step: the records after row `before`, parsed again the same way to give rows back. */
interface Passage {
  before: number
  text: string
  last: boolean
  newline: Newline
}

/**
 * The text of the records a CSV reader parsed lately, so that some rows can be had again by number
 * (an update's values, a repeated key's reject) without keeping every row as read: at a million
 * tickets, the import's worker spent more time collecting the rows it kept than reading them. A few
 * large strings cost the collector next to nothing; the rows are parsed again only when asked for.
 */
export class CsvPassages {
  private kept: Passage[] = []
  /** Passages added before the first one kept. */
  private dropped = 0

  constructor(private readonly columns: (string | null)[]) {}

  /** How many passages have been added so far: a mark for `forget`. */
  get added(): number {
    return this.dropped + this.kept.length
  }

  add(p: Passage): void {
    this.kept.push(p)
  }

  /** Drop the passages added before mark `mark`. */
  forget(mark: number): void {
    if (mark <= this.dropped) return
    this.kept.splice(0, mark - this.dropped)
    this.dropped = mark
  }

  /** The rows numbered `rowNos` as `csvRows` gave them; a row no longer kept is an error, never a guess. */
  rows(rowNos: readonly number[]): Record<string, string | undefined>[] {
    const parsed = new Map<Passage, string[][]>()
    return rowNos.map((rowNo) => {
      let p: Passage | undefined
      for (let k = this.kept.length - 1; k >= 0 && !p; k--) if (this.kept[k].before < rowNo) p = this.kept[k]
      const data = p && (parsed.get(p) ?? parsed.set(p, this.parse(p)).get(p)!)
      const rec = data?.[rowNo - p!.before - 1]
      if (!rec) throw new Error(`row ${rowNo} of the register is no longer kept by its reader`)
      return rawOf(rec, this.columns)
    })
  }

  private parse(p: Passage): string[][] {
    return papaParser(p.newline).parse(p.text, 0, !p.last).data as string[][]
  }
}

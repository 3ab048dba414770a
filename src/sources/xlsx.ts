import {PassThrough} from 'node:stream'
import type ExcelJS from 'exceljs'
import {InputError} from '../errors'
import {formatNumber, msg} from '../i18n'
import {RawRow} from './register-spec'
import {checkReadable} from './encoding'
import {HeaderRules, mapHeader} from './header'
import {LIMIT_ENV, readerLimits} from './reader-limits'

/** The parts of exceljs's streaming reader used here (exceljs 4.4; not in its typings). */
interface StreamingWorkbook {
  workbookRels?: {Id: string; Target: string}[]
  model?: {sheets?: {name: string; rId: string; id: number}[]}
  sharedStrings?: unknown[]
  _parseRels(entry: NodeJS.ReadableStream): Promise<void>
  _parseWorkbook(entry: NodeJS.ReadableStream): Promise<void>
  _parseStyles(entry: NodeJS.ReadableStream): Promise<void>
  _parseSharedStrings(entry: NodeJS.ReadableStream): AsyncGenerator<{index: number; text: unknown}>
}
interface StreamedRow {
  number: number
  cellCount: number
  getCell(col: number): {value: ExcelJS.CellValue}
}
/** unzipper's directory of a zip file (0.10; untyped): each entry is inflated on its own as a stream by zlib. */
interface ZipDirectory {
  files: {path: string; type: 'File' | 'Directory'; stream(): NodeJS.ReadableStream}[]
}
type WorkbookReaderClass = new (input: null, options: Record<string, string>) => StreamingWorkbook
type WorksheetReaderClass = new (args: {workbook: StreamingWorkbook; id: number; iterator: NodeJS.ReadableStream; options: object}) => {
  name: string
  [Symbol.asyncIterator](): AsyncIterator<StreamedRow>
}

/* eslint-disable @typescript-eslint/no-require-imports -- loaded on first use, as util/excel does, and not exported by exceljs's typings */
const streamingReaders = () => ({
  WorkbookReader: require('exceljs/lib/stream/xlsx/workbook-reader') as WorkbookReaderClass,
  WorksheetReader: require('exceljs/lib/stream/xlsx/worksheet-reader') as WorksheetReaderClass,
  openZip: (require('unzipper') as {Open: {file(path: string): Promise<ZipDirectory>}}).Open.file,
})
/* eslint-enable @typescript-eslint/no-require-imports */

/**
 * One sheet of a workbook (the first unless `sheet` names one), header in its first row. Row numbers
 * are the sheet's own. Nothing is inflated whole: the sheet's cells (and rows, and shared strings)
 * are first counted as its text streams by, and past the limit reading stops and nothing loads, so a
 * small file that unpacks into millions of empty cells is refused in seconds and in flat memory. The
 * sheet is then read as a stream of rows, keeping only the register's columns; a corrupt file fails
 * before anything loads.
 */
export async function openXlsx(
  file: string,
  rules: HeaderRules,
  sheet?: string,
): Promise<{columns: string[]; sheet: string; rows: AsyncIterable<RawRow>}> {
  checkReadable(file)
  const limit = readerLimits().xlsxCells
  const m = msg().readers
  const unreadable = (error: unknown) =>
    new InputError(m.notWorkbook({file, detail: (error as Error).message.split('\n')[0]}), m.notWorkbookFix)
  const {WorkbookReader, WorksheetReader, openZip} = streamingReaders()
  // Only the zip's directory is read whole; each part is inflated as a stream when it is read.
  let zip: ZipDirectory
  try {
    zip = await openZip(file)
  } catch (error) {
    throw unreadable(error)
  }
  const parts = new Map(zip.files.filter((f) => f.type === 'File').map((f) => [f.path.replace(/^\//, ''), f]))
  const streams: NodeJS.ReadableStream[] = []
  const part = (name: string): NodeJS.ReadableStream | undefined => {
    const f = parts.get(name)
    if (!f) return undefined
    // Decoded as text by one decoder, so a character cut between two inflated chunks stays whole.
    const inflated = f.stream()
    const text = new PassThrough()
    text.setEncoding('utf8')
    streams.push(inflated, text)
    return inflated.pipe(text)
  }
  const book = new WorkbookReader(null, {
    worksheets: 'emit',
    sharedStrings: 'emit',
    hyperlinks: 'ignore',
    styles: 'cache',
    entries: 'ignore',
  })
  let found: {name: string; path: string} | undefined
  let names: string[] = []
  try {
    const rels = part('xl/_rels/workbook.xml.rels')
    const wbXml = part('xl/workbook.xml')
    if (!rels || !wbXml) throw new Error('xl/workbook.xml is missing')
    await book._parseRels(rels)
    await book._parseWorkbook(wbXml)
    const styles = part('xl/styles.xml')
    if (styles) await book._parseStyles(styles)
    const sheets = (book.model?.sheets ?? []).flatMap((s) => {
      const target = book.workbookRels?.find((r) => r.Id === s.rId)?.Target
      if (!target || !/worksheets\//.test(target)) return []
      return [{name: s.name, path: target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`}]
    })
    names = sheets.map((s) => s.name)
    found =
      sheet === undefined
        ? sheets[0]
        : (sheets.find((s) => s.name === sheet) ?? sheets.find((s) => s.name.trim().toLowerCase() === sheet.trim().toLowerCase()))
  } catch (error) {
    destroy(streams)
    throw unreadable(error)
  }
  if (!found) {
    destroy(streams)
    throw sheet === undefined
      ? new InputError(m.noSheets({file}), m.noSheetsFix)
      : new InputError(m.noSheet({file, sheet, names: names.join(', ')}), m.noSheetFix)
  }
  const where = {file, sheet: found.name}
  const over = () =>
    new InputError(
      m.tooManyCells({...where, limit: formatNumber(limit), env: LIMIT_ENV.xlsxCells}),
      m.tooManyCellsFix({env: LIMIT_ENV.xlsxCells}),
    )
  const rows: RawRow[] = []
  try {
    // Counted first by a plain scan of the inflated text, far faster than building rows and cells:
    // an inflated sheet or strings table past the limit is refused before either is parsed.
    const data = part(found.path)
    if (!data) throw new Error(`${found.path} is missing`)
    if ((await countElements(data, CELL_OR_ROW, limit)) > limit) throw over()
    const strings = part('xl/sharedStrings.xml')
    if (strings && (await countElements(strings, SHARED_STRING, limit)) > limit) throw over()
    const shared: unknown[] = []
    if (strings) for await (const s of book._parseSharedStrings(part('xl/sharedStrings.xml')!)) shared.push(s.text)
    book.sharedStrings = shared
    const reader = new WorksheetReader({
      workbook: book,
      id: 1,
      iterator: part(found.path)!,
      options: {worksheets: 'emit', hyperlinks: 'ignore'},
    })
    let columns: (string | null)[] | undefined
    for await (const row of reader) {
      if (!columns) {
        if (row.number !== 1) throw new InputError(m.headerEmpty(where), m.headerEmptyFix)
        columns = headerOf(file, found.name, row, rules)
        continue
      }
      const raw: Record<string, string | undefined> = {}
      let any = false
      for (const [i, col] of columns.entries()) {
        if (!col) continue
        const v = cellText(row.getCell(i + 1).value)
        if (v !== undefined && v.trim() !== '') any = true
        raw[col] = v
      }
      if (any) rows.push({rowNo: row.number, raw})
    }
    if (!columns) throw new InputError(m.headerEmpty(where), m.headerEmptyFix)
    return {columns: columns.filter((c): c is string => c !== null), sheet: found.name, rows: toAsync(rows)}
  } catch (error) {
    if (error instanceof InputError) throw error
    throw unreadable(error)
  } finally {
    destroy(streams)
  }
}

function headerOf(file: string, sheet: string, row: StreamedRow, rules: HeaderRules): (string | null)[] {
  const header: string[] = []
  for (let c = 1; c <= row.cellCount; c++) header.push(cellText(row.getCell(c).value) ?? '')
  if (header.every((h) => !h.trim())) throw new InputError(msg().readers.headerEmpty({file, sheet}), msg().readers.headerEmptyFix)
  return mapHeader(msg().readers.sheetLabel({file, sheet}), header, rules)
}

/** A cell (`<c …>`) or a row (`<row …>`, which may hold none) of a sheet; a string of the strings table (`<si>`). */
const CELL_OR_ROW = /<(?:c|row)[\s>/]/g
const SHARED_STRING = /<si[\s>/]/g

/** How many elements `pattern` finds in a part, counting no further than just past `limit`. */
async function countElements(text: NodeJS.ReadableStream, pattern: RegExp, limit: number): Promise<number> {
  let n = 0
  let carry = ''
  for await (const chunk of text) {
    let t = carry + (chunk as string)
    // A tag cut at the chunk's end is counted with the next chunk.
    const cut = t.lastIndexOf('<')
    carry = cut >= 0 && cut > t.length - 6 ? t.slice(cut) : ''
    if (carry) t = t.slice(0, cut)
    pattern.lastIndex = 0
    while (pattern.exec(t)) if (++n > limit) return n
  }
  return n
}

/** Stop inflating what is no longer read (a sheet refused part way). */
function destroy(streams: NodeJS.ReadableStream[]): void {
  for (const s of streams) {
    s.pause()
    ;(s as PassThrough).destroy?.()
  }
}

async function* toAsync<T>(items: T[]): AsyncGenerator<T> {
  yield* items
}

/** The text a cell shows: rich text joined, formulas by their result, dates as ISO dates. */
export function cellText(value: ExcelJS.CellValue): string | undefined {
  if (value === null || value === undefined) return undefined
  if (typeof value === 'string') return value
  if (typeof value === 'number') return String(value)
  if (typeof value === 'boolean') return value ? 'true' : 'false'
  if (value instanceof Date) {
    const iso = value.toISOString()
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.replace('.000Z', 'Z')
  }
  const v = value as unknown as Record<string, unknown>
  if (Array.isArray(v.richText)) return (v.richText as {text: string}[]).map((t) => t.text).join('')
  if ('result' in v) return cellText(v.result as ExcelJS.CellValue)
  if ('formula' in v || 'sharedFormula' in v) return undefined
  if (typeof v.text === 'string') return v.text
  if ('error' in v) return String(v.error)
  return String(value)
}

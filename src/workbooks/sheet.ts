import type {Workbook, Worksheet} from 'exceljs'
import type {Lang} from '../i18n'
import {TRUNCATED_MARK, XLSX_CELL_LIMIT, xlsxText} from '../util/spreadsheet-safety'

/** Excel's own limits, which exceljs does not enforce. */
export const EXCEL_MAX_ROWS = 1_048_576
export const SHEET_NAME_MAX = 31

export type ColumnFormat = 'text' | 'number' | 'int' | 'decimal1' | 'decimal2' | 'percent'

export interface Column {
  header: string
  width?: number
  format?: ColumnFormat
  /** Wrap long text in this column instead of letting it run over. */
  wrap?: boolean
}

export type Cell = string | number | boolean | null | undefined

const NUM_FMT: Record<ColumnFormat, string | undefined> = {
  text: undefined,
  number: 'General',
  int: '#,##0',
  decimal1: '0.0',
  decimal2: '0.00',
  percent: '0.0%',
}
// The language of a number format, as a locale tag in the format itself: LibreOffice then shows 2.396 and
// 12,5% (id) or 2,396 and 12.5% (en) whatever the reader's own locale; Excel takes month names from it.
const LOCALE_TAG: Record<Lang, string> = {id: '[$-421]', en: '[$-809]'}

/** The number format of a column in a language: the code Excel reads, tagged with the language's locale. */
export function numFmt(format: ColumnFormat, lang?: Lang): string | undefined {
  const fmt = NUM_FMT[format]
  return fmt && lang ? LOCALE_TAG[lang] + fmt : fmt
}

// One style object per format, shared by every cell: exceljs caches styles by identity.
const HEADER_FONT = {bold: true}
const SUBTITLE_FONT = {italic: true}
const HEADER_FILL = {type: 'pattern', pattern: 'solid', fgColor: {argb: 'FFDDE7F0'}} as const
const WRAP = {vertical: 'top', wrapText: true} as const
const TOP = {vertical: 'top'} as const
const ONE_LINE = {vertical: 'top', wrapText: false} as const
const PROTECTION = {selectLockedCells: true, selectUnlockedCells: true, autoFilter: true, sort: true, formatColumns: true, formatRows: true}
export const FLAG_FILL = {type: 'pattern', pattern: 'solid', fgColor: {argb: 'FFF8CBAD'}} as const

/** A sheet name Excel accepts: no `: \ / ? * [ ]`, at most 31 characters, unique in the workbook (case-insensitive). */
export function safeSheetName(workbook: Workbook, wanted: string): string {
  const base =
    wanted
      .replace(/[:\\/?*[\]]/g, '-')
      .replace(/^'+|'+$/g, '')
      .trim() || 'Sheet'
  const taken = new Set(workbook.worksheets.map((w) => w.name.toLowerCase()))
  let name = base.slice(0, SHEET_NAME_MAX)
  for (let i = 2; taken.has(name.toLowerCase()); i++) {
    const suffix = ` (${i})`
    name = base.slice(0, SHEET_NAME_MAX - suffix.length) + suffix
  }
  return name
}

export interface TableSheetResult {
  sheets: Worksheet[]
  /** Text cells cut to Excel's 32,767 characters; reported, never silent. */
  truncated: number
}

export interface TableSheetOptions {
  /** Rows for which `flag` returns true are filled in the flag colour. */
  flag?: (row: Cell[]) => boolean
  /** A bold title above the table (the header then sits on row 3). */
  title?: string
  /** A line under the title (row 2), such as what the sheet's figures were reconciled against. */
  subtitle?: string
  /** Rows a sheet may hold, header included; Excel's limit unless a test lowers it. */
  maxRows?: number
  /** Lock the sheet against accidental edits (a reader can still select, filter and sort). */
  protect?: boolean
  /** Appended to a cell cut at Excel's limit, so the reader of the cell sees it was cut. */
  truncatedMark?: string
  /** The language whose conventions numbers are shown in (thousands, decimals, percentages). */
  lang?: Lang
}

/**
 * How many lines the tallest wrapped cell of a row needs. Spreadsheet programs do not grow a row
 * for wrapped text on their own when opening a file, so the height is set here.
 */
function wrappedLines(columns: Column[], values: Cell[]): number {
  let lines = 1
  columns.forEach((c, i) => {
    const v = values[i]
    if (!c.wrap || typeof v !== 'string') return
    const perLine = Math.max(1, (c.width ?? 10) - 1)
    const n = v.split('\n').reduce((sum, part) => sum + linesOf(part, perLine), 0)
    lines = Math.max(lines, n)
  })
  return lines
}

/** Lines a paragraph takes when wrapped between words, as spreadsheet programs do; a word longer than a line takes several. */
function linesOf(paragraph: string, perLine: number): number {
  let lines = 1
  let used = 0
  for (const word of paragraph.split(' ')) {
    const need = used ? used + 1 + word.length : word.length
    if (need <= perLine) {
      used = need
      continue
    }
    if (used) lines++
    lines += Math.ceil(word.length / perLine) - 1
    used = word.length % perLine || perLine
  }
  return lines
}

/**
 * Write a table as one or more sheets: bold frozen header, filter, widths and number formats per
 * column. Text is always a plain string cell, so nothing from an input becomes a formula
 * (CONTRACT §5.6). Tables longer than Excel's row limit continue on sheets named "NAME (2)", …
 */
export function addTableSheet(
  workbook: Workbook,
  name: string,
  columns: Column[],
  rows: Cell[][],
  opts: TableSheetOptions = {},
): TableSheetResult {
  const sheets: Worksheet[] = []
  let truncated = 0
  const top = opts.title ? 2 : 0
  const perSheet = (opts.maxRows ?? EXCEL_MAX_ROWS) - 1 - top
  for (let start = 0; start === 0 || start < rows.length; start += perSheet) {
    const sheet = workbook.addWorksheet(safeSheetName(workbook, name), {
      views: [{state: 'frozen', ySplit: 1 + top}],
      // Printed (and converted to PDF) one page wide, so a table is not cut between its columns.
      pageSetup: {
        orientation: 'landscape',
        paperSize: 9,
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        printTitlesRow: `${1 + top}:${1 + top}`,
      },
    })
    sheets.push(sheet)
    if (opts.title) {
      sheet.getCell(1, 1).value = opts.title
      sheet.getCell(1, 1).font = {bold: true, size: 13}
      if (opts.subtitle) {
        sheet.getCell(2, 1).value = xlsxText(opts.subtitle) ?? null
        sheet.getCell(2, 1).font = SUBTITLE_FONT
      }
    }
    columns.forEach((c, i) => {
      const col = sheet.getColumn(i + 1)
      col.width = Math.max(c.width ?? 10, Math.min(60, c.header.length + 3))
      const fmt = c.format && c.format !== 'text' ? numFmt(c.format, opts.lang) : undefined
      if (fmt) col.numFmt = fmt
    })
    const header = sheet.getRow(1 + top)
    columns.forEach((c, i) => {
      const cell = header.getCell(i + 1)
      cell.value = c.header
      cell.font = HEADER_FONT
      cell.fill = HEADER_FILL
    })
    const mark = opts.truncatedMark ?? TRUNCATED_MARK
    for (const values of rows.slice(start, start + perSheet)) {
      const row = sheet.addRow(
        values.map((v) => {
          if (typeof v !== 'string') return v ?? null
          if (v.length > XLSX_CELL_LIMIT) truncated++
          return xlsxText(v, mark)
        }),
      )
      if (opts.flag?.(values)) for (let i = 1; i <= columns.length; i++) row.getCell(i).fill = FLAG_FILL
      const lines = wrappedLines(columns, values)
      if (lines > 1) row.height = Math.min(409, 15 * lines)
    }
    // Top-aligned, so a tall wrapped cell does not leave its neighbours floating at the bottom.
    columns.forEach((c, i) => {
      sheet.getColumn(i + 1).alignment = c.wrap ? WRAP : TOP
    })
    // The title and the line under it run across the sheet, however narrow the first column is.
    if (opts.title) for (const row of [1, 2]) sheet.getCell(row, 1).alignment = ONE_LINE
    sheet.autoFilter = {from: {row: 1 + top, column: 1}, to: {row: 1 + top, column: columns.length}}
    // exceljs's protect() is async only for hashing a password; with none it completes at once.
    if (opts.protect) void sheet.protect('', PROTECTION)
  }
  return {sheets, truncated}
}

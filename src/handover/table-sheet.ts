import type {Workbook, Worksheet} from 'exceljs'

/** Excel's own limits, which exceljs does not enforce. */
export const EXCEL_MAX_ROWS = 1_048_576
export const EXCEL_MAX_CELL = 32_767

export interface Column {
  header: string
  key: string
  width: number
  numFmt?: string
  wrap?: boolean
}

export interface TableSheetOptions {
  landscape?: boolean
  /** Appended to a cell cut at Excel's 32,767-character limit, so a reader knows. */
  truncatedMark: string
}

/** A sheet name Excel accepts: at most 31 characters, none of : \ / ? * [ ]. */
export function sheetName(name: string): string {
  return name.replace(/[:\\/?*[\]]/g, '-').slice(0, 31) || 'Sheet'
}

const HEADER_FONT = {bold: true, color: {argb: 'FFFFFFFF'}}
const HEADER_FILL = {type: 'pattern' as const, pattern: 'solid' as const, fgColor: {argb: 'FF1F4E79'}}

/** Text stays text: strings are written as string cells (never formulas) and cut to Excel's cell limit. */
export function cellValue(value: unknown, truncatedMark: string): string | number | boolean | null {
  if (value === null || value === undefined) return null
  if (typeof value === 'number' || typeof value === 'boolean') return value
  const text = typeof value === 'string' ? value : JSON.stringify(value)
  return text.length > EXCEL_MAX_CELL ? text.slice(0, EXCEL_MAX_CELL - truncatedMark.length) + truncatedMark : text
}

/**
 * A table on its own sheet (split into numbered sheets past Excel's row limit): bold header frozen
 * and repeated on every printed page, a filter, widths, print set-up, and protection against
 * accidental edits that still lets a reader filter and sort.
 */
export async function addTableSheet(wb: Workbook, name: string, columns: Column[], rows: Record<string, unknown>[], opts: TableSheetOptions): Promise<Worksheet[]> {
  const perSheet = EXCEL_MAX_ROWS - 1
  const sheets: Worksheet[] = []
  for (let start = 0, part = 1; start < rows.length || part === 1; start += perSheet, part++) {
    const ws = wb.addWorksheet(sheetName(part === 1 ? name : `${name.slice(0, 26)} (${part})`), {
      views: [{state: 'frozen', ySplit: 1}],
      pageSetup: {orientation: opts.landscape ? 'landscape' : 'portrait', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1', margins: {left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3}},
      headerFooter: {oddFooter: `&L${name}&RHalaman &P / &N`},
    })
    ws.columns = columns.map((c) => ({header: c.header, key: c.key, width: c.width, style: c.numFmt ? {numFmt: c.numFmt} : {}}))
    const header = ws.getRow(1)
    header.font = HEADER_FONT
    header.fill = HEADER_FILL
    header.alignment = {vertical: 'middle', wrapText: true}
    for (const row of rows.slice(start, start + perSheet)) {
      const values: Record<string, unknown> = {}
      for (const c of columns) values[c.key] = cellValue(row[c.key], opts.truncatedMark)
      const r = ws.addRow(values)
      r.alignment = {vertical: 'top', wrapText: columns.some((c) => c.wrap)}
    }
    ws.autoFilter = {from: {row: 1, column: 1}, to: {row: 1, column: columns.length}}
    await ws.protect('', {selectLockedCells: true, selectUnlockedCells: true, autoFilter: true, sort: true, formatColumns: true, formatRows: true})
    sheets.push(ws)
    if (start + perSheet >= rows.length) break
  }
  return sheets
}

import type ExcelJS from 'exceljs'
import {msg} from '../i18n'

/**
 * Spreadsheet safety (CONTRACT §5.6): text from an input never becomes a formula.
 * In csv, a cell that begins with = + - @ tab or carriage return gets a single quote in front
 * (OWASP CSV injection); in xlsx, text is written as a string cell, which Excel never evaluates.
 */
const FORMULA_START = /^[=+\-@\t\r]/

/** The csv form of a text cell: prefixed with a single quote when a spreadsheet would read it as a formula. */
export function neutraliseCsvCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text
}

/** True when a spreadsheet could take this text for a formula. */
export function looksLikeFormula(text: string): boolean {
  return FORMULA_START.test(text)
}

/** One csv field, neutralised and quoted (RFC 4180) when it holds a separator, quote or line break. */
export function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return ''
  const text = typeof value === 'string' ? neutraliseCsvCell(value) : String(value)
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** One csv line (without its line ending). */
export function csvLine(values: ReadonlyArray<string | number | boolean | null | undefined>): string {
  return values.map(csvField).join(',')
}

/** Excel keeps at most 32,767 characters in a cell; longer text is cut rather than silently corrupting the file. */
export const XLSX_CELL_LIMIT = 32767

/** Ends a cell cut at Excel's limit, so whoever reads the cell sees it is not the whole text (in the run's language). */
export function truncatedMark(): string {
  return msg().review.truncatedMark
}

/** The Bahasa Indonesia mark, for callers that name it; `truncatedMark()` follows the run's language. */
export const TRUNCATED_MARK = msg('id').review.truncatedMark

/** True when a text is longer than an xlsx cell may hold. */
export function exceedsXlsxCell(value: string | null | undefined): boolean {
  return typeof value === 'string' && value.length > XLSX_CELL_LIMIT
}

/**
 * The value to give an exceljs cell for a text: always a plain string, so it is stored as a string
 * cell even when it starts with "=". Text over Excel's limit is cut and ends in `mark`, never
 * silently. Returns null for empty.
 */
export function xlsxText(value: string | null | undefined, mark = truncatedMark()): string | null {
  if (value === null || value === undefined) return null
  return value.length > XLSX_CELL_LIMIT ? value.slice(0, XLSX_CELL_LIMIT - mark.length) + mark : value
}

/** What a person left in a cell: its text, and whether it is a formula (whose cached result is never trusted). */
export interface CellInput {
  text: string
  formula: boolean
}

/**
 * Read a cell as input. A formula's cached result is what the spreadsheet showed when it was last
 * saved, not what anyone typed (`IF(TODAY()>…)` changes with the day), so a formula gives no text.
 */
export function cellInput(cell: ExcelJS.Cell): CellInput {
  const v = cell.value as unknown
  if (v !== null && typeof v === 'object' && ('formula' in v || 'sharedFormula' in v)) return {text: '', formula: true}
  return {text: cellText(cell), formula: false}
}

/** A cell's text whatever Excel stored: plain, rich text, hyperlink, or a formula's cached result. */
export function cellText(cell: ExcelJS.Cell): string {
  const v = cell.value as unknown
  if (v === null || v === undefined) return ''
  if (typeof v === 'string') return v
  if (typeof v === 'number' || typeof v === 'boolean') return String(v)
  if (v instanceof Date) return v.toISOString()
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>
    if (Array.isArray(o.richText)) return (o.richText as {text: string}[]).map((r) => r.text).join('')
    if ('result' in o || 'formula' in o || 'sharedFormula' in o) return o.result === undefined || o.result === null ? '' : String(o.result)
    if ('text' in o) return String(o.text)
    if ('error' in o) return String(o.error)
  }
  return String(cell.text ?? '')
}

import {existsSync} from 'node:fs'
import {resolve} from 'node:path'
import type ExcelJS from 'exceljs'
import {exceljs} from '../util/excel'
import {InputError} from '../errors'
import {ID_LABELS} from './labels/id'
import {columnNumber, META_KEYS, META_SHEET, REVIEW_COLUMNS, ReviewColumn} from './review-layout'

/** One data row of a filled review workbook, as text. */
export interface FilledRow {
  row: number
  cells: Record<ReviewColumn, string>
}

export interface FilledWorkbook {
  path: string
  workbookId: string
  rows: FilledRow[]
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

/** Read a review workbook back: its id from the hidden sheet and every non-empty row of the review sheet. */
export async function readFilledWorkbook(file: string): Promise<FilledWorkbook> {
  const path = resolve(file)
  if (!existsSync(path))
    throw new InputError(`${path} does not exist`, 'give the review workbook made by `prime-migrate kms review --out FILE.xlsx`')
  const wb = new (exceljs().Workbook)()
  try {
    await wb.xlsx.readFile(path)
  } catch (error) {
    throw new InputError(
      `${path} is not a readable xlsx workbook: ${(error as Error).message}`,
      'save the review workbook as .xlsx (Excel Workbook) and try again',
    )
  }
  const meta = wb.getWorksheet(META_SHEET)
  const idRow = meta?.getRow(1)
  const workbookId = idRow && cellText(idRow.getCell(1)) === META_KEYS.workbookId ? cellText(idRow.getCell(2)).trim() : ''
  const ws = wb.getWorksheet(ID_LABELS.review.sheet)
  if (!ws || !workbookId)
    throw new InputError(
      `${path} is not an SME review workbook (no sheet "${ID_LABELS.review.sheet}" or no workbook id)`,
      'use the workbook made by `prime-migrate kms review --out FILE.xlsx`, filled in',
    )
  const header = ws.getRow(1)
  for (const key of REVIEW_COLUMNS) {
    const found = cellText(header.getCell(columnNumber(key))).trim()
    if (found !== ID_LABELS.review.columns[key]) {
      throw new InputError(
        `${path}, sheet ${ID_LABELS.review.sheet}, column ${columnNumber(key)}: header is "${found}", expected "${ID_LABELS.review.columns[key]}"`,
        'do not insert, move or delete columns of the review sheet; make a new workbook with `prime-migrate kms review` if the layout was changed',
      )
    }
  }
  const rows: FilledRow[] = []
  for (let r = 2; r <= ws.rowCount; r++) {
    const row = ws.getRow(r)
    const cells = Object.fromEntries(REVIEW_COLUMNS.map((key) => [key, cellText(row.getCell(columnNumber(key)))])) as Record<
      ReviewColumn,
      string
    >
    if (Object.values(cells).every((v) => v.trim() === '')) continue
    rows.push({row: r, cells})
  }
  return {path, workbookId, rows}
}

import type ExcelJS from 'exceljs'
import {exceljs} from '../util/excel'
import {InputError} from '../errors'
import {RawRow} from './register-spec'
import {checkReadable} from './encoding'
import {HeaderRules, mapHeader} from './header'

/**
 * One sheet of a workbook (the first unless `sheet` names one), header in its first row. Row numbers
 * are the sheet's own. Read whole: knowledge-base workbooks are small, and a corrupt file then fails
 * before anything loads.
 */
export async function openXlsx(
  file: string,
  rules: HeaderRules,
  sheet?: string,
): Promise<{columns: string[]; sheet: string; rows: AsyncIterable<RawRow>}> {
  checkReadable(file)
  const wb = new (exceljs().Workbook)()
  try {
    await wb.xlsx.readFile(file)
  } catch (error) {
    throw new InputError(
      `${file} is not a readable .xlsx workbook (${(error as Error).message.split('\n')[0]})`,
      'open it in Excel or LibreOffice and save it again as .xlsx, or export the sheet as CSV UTF-8; nothing was loaded',
    )
  }
  const names = wb.worksheets.map((w) => w.name)
  const ws =
    sheet === undefined
      ? wb.worksheets[0]
      : (wb.worksheets.find((w) => w.name === sheet) ??
        wb.worksheets.find((w) => w.name.trim().toLowerCase() === sheet.trim().toLowerCase()))
  if (!ws) {
    throw new InputError(
      sheet === undefined ? `${file} has no sheets` : `${file} has no sheet "${sheet}"; its sheets are: ${names.join(', ')}`,
      sheet === undefined ? 'export the workbook again' : 'pass --sheet with one of those names; nothing was loaded',
    )
  }
  const width = ws.getRow(1).cellCount
  const header: string[] = []
  for (let c = 1; c <= width; c++) header.push(cellText(ws.getRow(1).getCell(c).value) ?? '')
  if (header.every((h) => !h.trim()))
    throw new InputError(
      `${file}, sheet "${ws.name}": row 1 is empty; it must hold the column names`,
      'put the header row (No, Topik, Pertanyaan, Jawaban, …) in row 1',
    )
  const columns = mapHeader(`${file} (sheet "${ws.name}")`, header, rules)
  const rows: RawRow[] = []
  for (let r = 2; r <= ws.rowCount; r++) {
    const row = ws.getRow(r)
    const raw: Record<string, string | undefined> = {}
    let any = false
    for (const [i, col] of columns.entries()) {
      if (!col) continue
      const v = cellText(row.getCell(i + 1).value)
      if (v !== undefined && v.trim() !== '') any = true
      raw[col] = v
    }
    if (any) rows.push({rowNo: r, raw})
  }
  return {columns: columns.filter((c): c is string => c !== null), sheet: ws.name, rows: toAsync(rows)}
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

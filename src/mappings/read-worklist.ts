import {existsSync} from 'node:fs'
import {resolve} from 'node:path'
import {InputError} from '../errors'
import {isLang, Lang, msg} from '../i18n'
import {cellText} from '../kms/read-review'
import {exceljs} from '../util/excel'
import {labelsFor} from '../workbooks/labels'
import {columnNumber, META_SHEET, WORKBOOK_KIND, WORKLIST_COLUMNS, WorklistColumn} from './worklist-layout'

export interface FilledWorklistRow {
  row: number
  cells: Record<WorklistColumn, string>
}

export interface FilledWorklist {
  path: string
  workbookId: string
  lang: Lang
  rows: FilledWorklistRow[]
}

/** Read a filled worklist back: its id and language from the hidden sheet, and every non-empty row. */
export async function readFilledWorklist(file: string): Promise<FilledWorklist> {
  const m = msg().mappingsCmd
  const path = resolve(file)
  if (!existsSync(path)) throw new InputError(m.notFound({path}), m.notFoundFix)
  const wb = new (exceljs().Workbook)()
  try {
    await wb.xlsx.readFile(path)
  } catch (error) {
    throw new InputError(m.unreadable({path, reason: (error as Error).message}), m.unreadableFix)
  }
  const meta = new Map<string, string>()
  wb.getWorksheet(META_SHEET)?.eachRow((row) => meta.set(cellText(row.getCell(1)), cellText(row.getCell(2)).trim()))
  const lang = meta.get('lang')
  const L = isLang(lang) ? labelsFor(lang).regions : undefined
  const ws = L ? wb.getWorksheet(L.sheet) : undefined
  if (meta.get('kind') !== WORKBOOK_KIND || !meta.get('workbook_id') || !L || !ws || !isLang(lang))
    throw new InputError(m.notWorklist({path}), m.notFoundFix)
  const header = ws.getRow(1)
  for (const key of WORKLIST_COLUMNS) {
    const found = cellText(header.getCell(columnNumber(key))).trim()
    if (found !== L.columns[key])
      throw new InputError(
        m.headerMoved({path, sheet: L.sheet, column: columnNumber(key), found, expected: L.columns[key]}),
        m.headerMovedFix,
      )
  }
  const rows: FilledWorklistRow[] = []
  for (let r = 2; r <= ws.rowCount; r++) {
    const row = ws.getRow(r)
    const cells = Object.fromEntries(WORKLIST_COLUMNS.map((k) => [k, cellText(row.getCell(columnNumber(k)))])) as Record<
      WorklistColumn,
      string
    >
    if (Object.values(cells).some((v) => v.trim() !== '')) rows.push({row: r, cells})
  }
  return {path, workbookId: meta.get('workbook_id')!, lang, rows}
}

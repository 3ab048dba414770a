import {existsSync} from 'node:fs'
import {resolve} from 'node:path'
import {InputError} from '../errors'
import {isLang, Lang, msg} from '../i18n'
import {KeyedRow, readColumnKeys, readKeyedRows} from '../util/column-keys'
import {exceljs} from '../util/excel'
import {cellText} from '../util/spreadsheet-safety'
import {META_SHEET, WORKBOOK_KIND, WORKLIST_COLUMNS, WorklistColumn} from './worklist-layout'

/** One filled row as text; a formula cell reads as empty and is listed. */
export type FilledWorklistRow = KeyedRow<WorklistColumn>

export interface FilledWorklist {
  path: string
  workbookId: string
  lang: Lang
  rows: FilledWorklistRow[]
}

/**
 * Read a filled worklist back by its column keys (never by labels, so it reads under either
 * language): its id and language from the hidden sheet, and every non-empty row.
 */
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
  if (meta.get('kind') !== WORKBOOK_KIND || !meta.get('workbook_id') || !isLang(lang))
    throw new InputError(m.notWorklist({path}), m.notFoundFix)
  const keys = readColumnKeys(wb, WORKLIST_COLUMNS)
  if (!keys.ok) throw new InputError(msg().review.worklistKeysMissing({path, keys: keys.missing}), m.headerMovedFix)
  const rows = readKeyedRows(keys, WORKLIST_COLUMNS)
  return {path, workbookId: meta.get('workbook_id')!, lang, rows}
}

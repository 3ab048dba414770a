import {InputError} from '../errors'
import {isLang, Lang, msg} from '../i18n'
import {KeyedRow, readColumnKeys, readKeyedRows} from '../util/column-keys'
import {openFilledWorkbook} from '../util/filled-workbook'
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
  const {path, wb, meta} = await openFilledWorkbook(file, META_SHEET, m)
  const lang = meta.get('lang')
  if (meta.get('kind') !== WORKBOOK_KIND || !meta.get('workbook_id') || !isLang(lang))
    throw new InputError(m.notWorklist({path}), m.notFoundFix)
  const keys = readColumnKeys(wb, WORKLIST_COLUMNS)
  if (!keys.ok) throw new InputError(msg().review.worklistKeysMissing({path, keys: keys.missing}), m.headerMovedFix)
  const rows = readKeyedRows(keys, WORKLIST_COLUMNS)
  return {path, workbookId: meta.get('workbook_id')!, lang, rows}
}

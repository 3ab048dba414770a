import {InputError} from '../errors'
import {isLang, Lang, msg} from '../i18n'
import {KeyedRow, readColumnKeys, readKeyedRows} from '../util/column-keys'
import {openFilledWorkbook} from '../util/filled-workbook'
import {META_KEYS, META_SHEET, REVIEW_COLUMNS, ReviewColumn} from './review-layout'

export {cellText} from '../util/spreadsheet-safety'

/** One data row of a filled review workbook, as text; a formula cell reads as empty and is listed. */
export type FilledRow = KeyedRow<ReviewColumn>

export interface FilledWorkbook {
  path: string
  workbookId: string
  /** The language it was written in (its displayed words); Bahasa Indonesia when it does not say. */
  lang: Lang
  rows: FilledRow[]
}

/**
 * Read a review workbook back by its column keys (never by labels, so a workbook written in one
 * language reads under the other, and a reworded label changes nothing): its id and language from
 * the hidden sheet and every non-empty row of the review sheet.
 */
export async function readFilledWorkbook(file: string): Promise<FilledWorkbook> {
  const m = msg().review
  const {path, wb, meta} = await openFilledWorkbook(file, META_SHEET, m)
  const workbookId = meta.get(META_KEYS.workbookId) ?? ''
  if (!workbookId) throw new InputError(m.notReviewWorkbook({path}), m.notReviewWorkbookFix)
  const keys = readColumnKeys(wb, REVIEW_COLUMNS)
  if (!keys.ok) throw new InputError(m.keysMissing({path, keys: keys.missing}), m.keysMissingFix)
  const lang = meta.get(META_KEYS.lang)
  const rows = readKeyedRows(keys, REVIEW_COLUMNS)
  return {path, workbookId, lang: isLang(lang) ? lang : 'id', rows}
}

import {existsSync} from 'node:fs'
import {resolve} from 'node:path'
import type ExcelJS from 'exceljs'
import {InputError} from '../errors'
import {exceljs} from './excel'
import {cellText} from './spreadsheet-safety'

/** What a person is told when the workbook they hand back is missing or not an xlsx, in their command's words. */
export interface FilledWorkbookTexts {
  notFound: (p: {path: string}) => string
  notFoundFix: string
  unreadable: (p: {path: string; reason: string}) => string
  unreadableFix: string
}

/**
 * Open a workbook the tool wrote and a person filled (review, region worklist), with the key/value
 * pairs of its hidden sheet `metaSheet` (its id, kind and language).
 */
export async function openFilledWorkbook(
  file: string,
  metaSheet: string,
  texts: FilledWorkbookTexts,
): Promise<{path: string; wb: ExcelJS.Workbook; meta: Map<string, string>}> {
  const path = resolve(file)
  if (!existsSync(path)) throw new InputError(texts.notFound({path}), texts.notFoundFix)
  const wb = new (exceljs().Workbook)()
  try {
    await wb.xlsx.readFile(path)
  } catch (error) {
    throw new InputError(texts.unreadable({path, reason: (error as Error).message}), texts.unreadableFix)
  }
  const meta = new Map<string, string>()
  wb.getWorksheet(metaSheet)?.eachRow((row) => meta.set(cellText(row.getCell(1)), cellText(row.getCell(2)).trim()))
  return {path, wb, meta}
}

import type {Workbook, Worksheet} from 'exceljs'
import {msg} from '../i18n'
import type {Lang} from '../i18n'
import {xlsxText} from '../util/spreadsheet-safety'

/** A sheet the cover lists, by the name it was given in the workbook. */
export interface CoverEntry {
  sheet: string
  about: string
}

/** What a cover says: the workbook's title, what it is and for whom, its scope, how it was made. */
export interface CoverSpec {
  title: string
  /** A line in red above the title, such as a draft's marking. */
  mark?: string
  about: string
  audience: string
  scope: [string, string][]
  produced: [string, string][]
}

const TITLE_FONT = {bold: true, size: 16}
const MARK_FONT = {bold: true, color: {argb: 'FFC00000'}}
const SECTION_FONT = {bold: true, size: 12}
const LABEL_FONT = {bold: true}
const LINK_FONT = {color: {argb: 'FF0563C1'}, underline: true}
const WRAP = {vertical: 'top', wrapText: true} as const
const SECTION_FILL = {type: 'pattern', pattern: 'solid', fgColor: {argb: 'FFDDE7F0'}} as const
const PROTECTION = {selectLockedCells: true, selectUnlockedCells: true}

/** The cover, added first so that it is the sheet a workbook opens on; `fillCover` writes it once the other sheets exist. */
export function addCoverSheet(workbook: Workbook, lang: Lang): Worksheet {
  const sheet = workbook.addWorksheet(msg(lang).workbookCover.sheet, {
    pageSetup: {orientation: 'portrait', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0},
  })
  sheet.getColumn(1).width = 34
  sheet.getColumn(2).width = 96
  return sheet
}

/** A link to cell A1 of a sheet, as Excel and LibreOffice follow it inside the file. */
export const sheetLink = (name: string) => `'${name.replace(/'/g, "''")}'!A1`

/** Write the cover: title, about and audience, scope, how it was produced, and a table of contents linking every sheet. */
export function fillCover(sheet: Worksheet, spec: CoverSpec, contents: CoverEntry[], lang: Lang): void {
  const C = msg(lang).workbookCover
  let row = 1
  const line = (a: string, b: string | null, font?: object) => {
    const r = sheet.getRow(row++)
    r.getCell(1).value = xlsxText(a)
    r.getCell(2).value = xlsxText(b)
    r.getCell(1).font = font ?? LABEL_FONT
    r.getCell(1).alignment = WRAP
    r.getCell(2).alignment = WRAP
    // Spreadsheet programs do not grow a row for wrapped text when they open a file.
    const lines = Math.ceil((b?.length ?? 0) / 90)
    if (lines > 1) r.height = 15 * lines
    return r
  }
  const section = (title: string) => {
    row++
    const r = sheet.getRow(row++)
    r.getCell(1).value = title
    r.getCell(1).font = SECTION_FONT
    for (const c of [1, 2]) r.getCell(c).fill = SECTION_FILL
  }
  // A marking (a draft's) comes first: the top of every sheet of a draft says it is one.
  if (spec.mark) {
    sheet.getCell(row, 1).value = spec.mark
    sheet.getCell(row++, 1).font = MARK_FONT
  }
  sheet.getCell(row, 1).value = xlsxText(spec.title)
  sheet.getCell(row++, 1).font = TITLE_FONT
  row++
  line(C.about, spec.about)
  line(C.audience, spec.audience)
  section(C.scope)
  for (const [k, v] of spec.scope) line(k, v)
  section(C.produced)
  for (const [k, v] of spec.produced) line(k, v)
  section(C.contents)
  line(C.contentsSheet, C.contentsAbout, LABEL_FONT).getCell(2).font = LABEL_FONT
  for (const e of contents) {
    const cell = line('', e.about).getCell(1)
    cell.value = {text: e.sheet, hyperlink: sheetLink(e.sheet), tooltip: e.about}
    cell.font = LINK_FONT
  }
  sheet.headerFooter.oddFooter = `&L${spec.title.replace(/&/g, '&&')}&R&P / &N`
  void sheet.protect('', PROTECTION)
}

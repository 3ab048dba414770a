import {randomUUID} from 'node:crypto'
import {mkdirSync} from 'node:fs'
import {dirname, resolve} from 'node:path'
import type ExcelJS from 'exceljs'
import {recordArtifact} from '../audit/artifacts'
import {formatDateTime, msg} from '../i18n'
import {workbookSecret} from '../kms/review-secret'
import {Store} from '../store/store'
import {allPlaces, placeByCode} from '../sources/regions'
import {columnLetters, nameColumns} from '../util/column-keys'
import {exceljs} from '../util/excel'
import {refuseOverwrite} from '../util/out-file'
import {toolVersion} from '../util/paths'
import {xlsxText} from '../util/spreadsheet-safety'
import {nowIso} from '../util/time'
import {labelsFor, Lang} from '../workbooks/labels'
import {UnresolvedValue} from './unresolved'
import {
  CHOICES_SHEET,
  columnNumber,
  EDITABLE,
  META_SHEET,
  placeLabel,
  WORKBOOK_KIND,
  WORKLIST_COLUMNS,
  WorklistColumn,
  worklistCellsHash,
} from './worklist-layout'

export interface WorklistWorkbook {
  path: string
  workbook_id: string
  values: number
  sha256: string
}

const WIDTHS: Record<WorklistColumn, number> = {
  no: 5,
  value: 32,
  spellings: 28,
  status: 26,
  tickets: 8,
  visits: 10,
  vicon: 7,
  candidates: 64,
  decision: 58,
  other_place: 36,
  comment: 28,
  key: 10,
  cells_hash: 10,
}
const EDITABLE_FILL: ExcelJS.Fill = {type: 'pattern', pattern: 'solid', fgColor: {argb: 'FFFFF2CC'}}
const WRAP = {wrapText: true, vertical: 'top'} as const
// Printed (or converted to PDF) one page wide, so a row is never cut between its columns.
const PRINTED: Partial<ExcelJS.PageSetup> = {
  orientation: 'landscape',
  paperSize: 9,
  fitToPage: true,
  fitToWidth: 1,
  fitToHeight: 0,
  printTitlesRow: '1:1',
}

function guide(wb: ExcelJS.Workbook, lang: Lang, workbookId: string, at: string, total: number): void {
  const L = labelsFor(lang).regions
  const ws = wb.addWorksheet(L.guideSheet, {pageSetup: {...PRINTED, printTitlesRow: undefined}})
  ws.getColumn(1).width = 110
  ws.getCell(1, 1).value = L.guideTitle
  ws.getCell(1, 1).font = {bold: true, size: 14}
  let r = 3
  for (const [i, line] of L.guide.entries()) {
    ws.getCell(r, 1).value = `${i + 1}. ${line}`
    ws.getCell(r, 1).alignment = WRAP
    ws.getRow(r++).height = 15 * Math.ceil(line.length / 105)
  }
  r++
  for (const [label, value] of [
    [L.workbookIdLabel, workbookId],
    [L.generatedAtLabel, formatDateTime(at, lang)],
    [L.totalLabel, String(total)],
  ])
    ws.getCell(r++, 1).value = `${label}: ${value}`
  void ws.protect('', {selectLockedCells: true, selectUnlockedCells: true})
}

/** Every place as a drop-down reads it, with its kind, province and zone; returns the range of the labels. */
function placesSheet(wb: ExcelJS.Workbook, L: ReturnType<typeof labelsFor>['regions']): string {
  const ws = wb.addWorksheet(L.placesSheet, {views: [{state: 'frozen', ySplit: 1}], pageSetup: PRINTED})
  ws.columns = [{width: 62}, {width: 12}, {width: 30}, {width: 11}]
  ws.addRow([L.placeColumns.label, L.placeColumns.kind, L.placeColumns.province, L.placeColumns.zone]).font = {bold: true}
  const places = allPlaces()
  for (const p of places) ws.addRow([placeLabel(p, L), L.kinds[p.kind], p.province, p.zone])
  ws.autoFilter = {from: {row: 1, column: 1}, to: {row: 1, column: 4}}
  void ws.protect('', {selectLockedCells: true, selectUnlockedCells: true, autoFilter: true, sort: true})
  return `'${L.placesSheet}'!$A$2:$A$${places.length + 1}`
}

/**
 * Write the worklist of unresolved region texts: one row per text, its counts and best candidates,
 * a decision drop-down of its own candidates (or "names no region"), a second drop-down of every
 * place, a comment; the rest locked under a keyed hash in a hidden column, the text's key in a
 * hidden column, every column named by its key, and the workbook's id and language in a hidden sheet. Recorded as an artifact and audited.
 */
export async function writeWorklistWorkbook(
  store: Store,
  file: string,
  values: UnresolvedValue[],
  opts: {force?: boolean; lang?: Lang} = {},
): Promise<WorklistWorkbook> {
  const path = resolve(file)
  // Someone may be filling the file already: losing their decisions needs an explicit --force.
  refuseOverwrite(path, opts.force)
  const lang = opts.lang ?? 'id'
  const L = labelsFor(lang).regions
  const workbookId = randomUUID()
  const at = nowIso()
  // Made (once per store) before any hash is computed; its creation is in this worklist's audit entry.
  const secret = await workbookSecret(store.knex)
  const wb = new (exceljs().Workbook)()
  wb.creator = 'prime-migrate'
  const ws = wb.addWorksheet(L.sheet, {views: [{state: 'frozen', xSplit: 2, ySplit: 1}], pageSetup: PRINTED})
  ws.columns = WORKLIST_COLUMNS.map((key) => ({key, width: WIDTHS[key]}))
  const header = ws.getRow(1)
  WORKLIST_COLUMNS.forEach(
    (key, i) => (header.getCell(i + 1).value = key === 'cells_hash' ? msg(lang).review.worklistHashColumn : L.columns[key]),
  )
  nameColumns(wb, ws, WORKLIST_COLUMNS)
  header.font = {bold: true}
  header.alignment = {wrapText: true, vertical: 'middle'}
  guide(
    wb,
    lang,
    workbookId,
    at,
    values.reduce((s, v) => s + v.total, 0),
  )
  const placesRange = placesSheet(wb, L)
  const choices = wb.addWorksheet(CHOICES_SHEET, {state: 'hidden'})

  values.forEach((v, i) => {
    const r = i + 2
    const options = [...v.candidates.map((c) => placeLabel(placeByCode(c.code)!, L)), L.notARegion]
    options.forEach((o, c) => (choices.getCell(r, c + 1).value = o))
    const cells: Record<Exclude<WorklistColumn, 'cells_hash'>, string | number | null> = {
      no: i + 1,
      value: xlsxText(v.value) ?? '',
      spellings: xlsxText(v.spellings.join('; ')) ?? '',
      status: L.status[v.status],
      tickets: v.rows.tickets ?? 0,
      visits: v.rows.visits ?? 0,
      vicon: v.rows.vicon ?? 0,
      candidates: v.candidates.map((c) => `${placeLabel(placeByCode(c.code)!, L)} (${Math.round(c.score * 100)}%)`).join('\n'),
      decision: null,
      other_place: null,
      comment: null,
      key: v.key,
    }
    const written = Object.fromEntries(Object.entries(cells).map(([k, x]) => [k, String(x ?? '')])) as Record<WorklistColumn, string>
    const hashed = {...cells, cells_hash: worklistCellsHash(secret.value, workbookId, r, written)}
    const row = ws.getRow(r)
    for (const key of WORKLIST_COLUMNS) {
      const cell = row.getCell(columnNumber(key))
      // A plain string value is written as a string cell: text starting with "=" stays text.
      cell.value = hashed[key]
      cell.alignment = WRAP
      if (EDITABLE.has(key)) {
        cell.protection = {locked: false}
        cell.fill = EDITABLE_FILL
      }
    }
    // Spreadsheet programs do not grow a row for wrapped text on opening: the height is set here.
    const lines = (key: WorklistColumn) =>
      String(hashed[key] ?? '')
        .split('\n')
        .reduce((n, part) => n + Math.max(1, Math.ceil(part.length / (WIDTHS[key] - 2))), 0)
    row.height = 15 * Math.max(1, lines('candidates'), lines('status'), lines('value'), lines('spellings'))
    row.getCell(columnNumber('decision')).dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: [`'${CHOICES_SHEET}'!$A$${r}:$${columnLetters(options.length)}$${r}`],
      showErrorMessage: true,
      errorTitle: L.columns.decision,
      error: L.decisionPrompt,
      showInputMessage: true,
      prompt: L.decisionPrompt,
    }
    row.getCell(columnNumber('other_place')).dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: [placesRange],
      showErrorMessage: true,
      errorTitle: L.columns.other_place,
      error: L.otherPrompt,
      showInputMessage: true,
      prompt: L.otherPrompt,
    }
  })
  ws.getColumn(columnNumber('key')).hidden = true
  ws.getColumn(columnNumber('cells_hash')).hidden = true
  ws.autoFilter = {from: {row: 1, column: 1}, to: {row: Math.max(1, values.length + 1), column: columnNumber('comment')}}
  await ws.protect('', {selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true, autoFilter: true})
  const meta = wb.addWorksheet(META_SHEET, {state: 'veryHidden'})
  for (const pair of [
    ['kind', WORKBOOK_KIND],
    ['workbook_id', workbookId],
    ['lang', lang],
    ['generated_at', at],
    ['tool_version', toolVersion()],
  ])
    meta.addRow(pair)
  wb.views = [{activeTab: 0, x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, visibility: 'visible'}]
  mkdirSync(dirname(path), {recursive: true})
  await wb.xlsx.writeFile(path)
  const total = values.reduce((s, v) => s + v.total, 0)
  await store.audit('mappings.worklist_written', {
    path,
    workbook_id: workbookId,
    values: values.length,
    rows: total,
    lang,
    ...(secret.created ? {workbook_secret: 'created'} : {}),
  })
  const artifact = await recordArtifact(
    store.knex,
    {actor: store.actor, command: store.command},
    'mappings.region_worklist',
    path,
    values.length,
  )
  return {path, workbook_id: workbookId, values: values.length, sha256: artifact.sha256}
}

import {keyedHash} from '../kms/review-secret'
import {Place} from '../sources/regions'
import type {Labels} from '../workbooks/labels'

/** The worklist sheet's columns, in order; each is named by its key in the workbook and read back by it (util/column-keys). */
export const WORKLIST_COLUMNS = [
  'no',
  'value',
  'spellings',
  'status',
  'tickets',
  'visits',
  'vicon',
  'candidates',
  'decision',
  'other_place',
  'comment',
  'key',
  'cells_hash',
] as const
export type WorklistColumn = (typeof WORKLIST_COLUMNS)[number]
export const EDITABLE: ReadonlySet<WorklistColumn> = new Set(['decision', 'other_place', 'comment'])

/** 1-based column number of a worklist column, as written. */
export function columnNumber(col: WorklistColumn): number {
  return WORKLIST_COLUMNS.indexOf(col) + 1
}

export const META_SHEET = '_meta'
/** Each row's drop-down choices, on the same row number as the worklist row. */
export const CHOICES_SHEET = '_pilihan'
export const WORKBOOK_KIND = 'region-worklist'
/** "Names no region", as either language's workbook writes it. */
export const NOT_A_REGION_TOKENS = ['bukan_wilayah', 'not_a_region']

/** How a place reads in a drop-down; the code in brackets is what is read back. */
export function placeLabel(place: Place, L: Labels['regions']): string {
  const where = place.kind === 'PROVINSI' ? '' : ` — ${place.province}`
  return `${place.kind === 'PROVINSI' ? `${L.kinds.PROVINSI.toUpperCase()} ` : ''}${place.name}${where} [${place.code}]`
}

/** The idn-area-data code a choice names, read from its brackets. */
export function codeOfLabel(text: string): string | undefined {
  return /\[(\d{2}(?:\.\d{2})?)\]\s*$/.exec(text.trim())?.[1]
}

/** The locked cells under the tamper hash: all but what a person fills and the hash itself. */
export const HASHED: readonly WorklistColumn[] = WORKLIST_COLUMNS.filter((k) => !EDITABLE.has(k) && k !== 'cells_hash')

function columnMac(secret: string, workbookId: string, row: number, column: WorklistColumn, text: string): string {
  // 64 bits a column: enough to tell an edit, and the cell names the column that was changed.
  return keyedHash(secret, {kind: 'mappings.worklist', workbook: workbookId, row, column, value: text.replace(/\r\n?/g, '\n')}).slice(0, 16)
}

/**
 * The keyed tamper hash of a row's locked cells (their text as written), one part per column, bound
 * to the sheet row so locked cells moved between rows do not pass either.
 */
export function worklistCellsHash(secret: string, workbookId: string, row: number, cells: Record<WorklistColumn, string>): string {
  return HASHED.map((k) => columnMac(secret, workbookId, row, k, cells[k])).join('.')
}

/** The locked columns of a row whose text no longer matches its hash (all of them when the hash itself was touched). */
export function tamperedColumns(
  secret: string | undefined,
  workbookId: string,
  row: number,
  cells: Record<WorklistColumn, string>,
): WorklistColumn[] {
  const parts = cells.cells_hash.trim().split('.')
  if (secret === undefined || parts.length !== HASHED.length) return ['cells_hash']
  return HASHED.filter((k, i) => columnMac(secret, workbookId, row, k, cells[k]) !== parts[i])
}

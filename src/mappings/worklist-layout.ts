import {Place} from '../sources/regions'
import type {Labels} from '../workbooks/labels'

/** The worklist sheet's columns, in order. The sheet is protected, so positions stay put. */
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
] as const
export type WorklistColumn = (typeof WORKLIST_COLUMNS)[number]
export const EDITABLE: ReadonlySet<WorklistColumn> = new Set(['decision', 'other_place', 'comment'])

/** 1-based column number of a worklist column. */
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

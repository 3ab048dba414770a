import type ExcelJS from 'exceljs'
import {cellInput} from './spreadsheet-safety'

/**
 * Stable column keys of a workbook an SME fills, as defined names on the header cells
 * (`pm_col_decision` → 'Reviu'!$L$1). Labels are for people and change with the language or a
 * rewording; the names are what a workbook is read back by, and they follow a column that moves.
 */
const PREFIX = 'pm_col_'

/** Excel's name of a 1-based column: 1 → A, 27 → AA. */
export function columnLetters(n: number): string {
  let s = ''
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s
  return s
}

function columnOfLetters(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0)
}

function quotedSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`
}

/** Name each key's header cell (row `headerRow`, columns in the order of `keys`). */
export function nameColumns(wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet, keys: readonly string[], headerRow = 1): void {
  keys.forEach((key, i) => wb.definedNames.add(`${quotedSheet(ws.name)}!$${columnLetters(i + 1)}$${headerRow}`, PREFIX + key))
}

export type ColumnKeys<K extends string> =
  {ok: true; sheet: ExcelJS.Worksheet; headerRow: number; columns: Record<K, number>} | {ok: false; missing: K[]}

/** Find the sheet and column of every key; the keys must all name header cells of one sheet. */
export function readColumnKeys<K extends string>(wb: ExcelJS.Workbook, keys: readonly K[]): ColumnKeys<K> {
  const found = new Map<string, {sheet: string; column: number; row: number}>()
  for (const {name, ranges} of (wb.definedNames.model ?? []) as {name: string; ranges: string[]}[]) {
    if (!name.startsWith(PREFIX) || ranges.length !== 1) continue
    const m = /^(?:'((?:[^']|'')+)'|([^!]+))!\$?([A-Z]+)\$?(\d+)$/i.exec(ranges[0])
    if (m)
      found.set(name.slice(PREFIX.length), {sheet: (m[1] ?? m[2]).replace(/''/g, "'"), column: columnOfLetters(m[3]), row: Number(m[4])})
  }
  const first = found.get(keys[0])
  const sheet = first ? wb.getWorksheet(first.sheet) : undefined
  const missing = keys.filter((k) => {
    const f = found.get(k)
    return !f || !first || f.sheet !== first.sheet || f.row !== first.row
  })
  if (!sheet || !first || missing.length) return {ok: false, missing: missing.length ? missing : [...keys]}
  const columns = Object.fromEntries(keys.map((k) => [k, found.get(k)!.column])) as Record<K, number>
  return {ok: true, sheet, headerRow: first.row, columns}
}

/** One filled row by key, as text; a formula cell reads as empty and is listed. */
export interface KeyedRow<K extends string> {
  row: number
  cells: Record<K, string>
  formulas: K[]
}

/** Every row below the header that holds anything (a formula counts), read by the keys' columns. */
export function readKeyedRows<K extends string>(found: Extract<ColumnKeys<K>, {ok: true}>, keys: readonly K[]): KeyedRow<K>[] {
  const rows: KeyedRow<K>[] = []
  for (let r = found.headerRow + 1; r <= found.sheet.rowCount; r++) {
    const row = found.sheet.getRow(r)
    const read = keys.map((k) => [k, cellInput(row.getCell(found.columns[k]))] as const)
    if (read.every(([, c]) => !c.formula && c.text.trim() === '')) continue
    rows.push({
      row: r,
      cells: Object.fromEntries(read.map(([k, c]) => [k, c.text])) as Record<K, string>,
      formulas: read.filter(([, c]) => c.formula).map(([k]) => k),
    })
  }
  return rows
}

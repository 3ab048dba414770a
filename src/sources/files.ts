import {extname, resolve} from 'node:path'
import {InputError} from '../errors'
import {openCsv} from './csv'
import {RawRow} from './register-spec'
import {HeaderRules} from './header'
import {openJsonl} from './jsonl'
import {openXlsx} from './xlsx'
import {FileRows} from './worker-batches'

export interface InputFile {
  /** Absolute path, as recorded with the rows and in the audit. */
  source: string
  rows: AsyncIterable<RawRow>
  /** The same rows as a file a worker thread can read by itself (csv and jsonl). */
  offThread?: FileRows
}

export type FileKind = 'csv' | 'jsonl' | 'xlsx'

export function fileKind(file: string): FileKind {
  const ext = extname(file).toLowerCase()
  if (ext === '.jsonl' || ext === '.ndjson') return 'jsonl'
  if (ext === '.xlsx') return 'xlsx'
  if (ext === '.xls') throw new InputError(`${file} is an old .xls workbook`, 'save it as .xlsx (Excel Workbook) or as CSV UTF-8')
  return 'csv'
}

/**
 * Open a register file by its extension (`.csv`, `.jsonl`/`.ndjson`, `.xlsx`), with its structure
 * checked: whatever fails here has loaded nothing.
 */
export async function readRegisterFile(file: string, rules: HeaderRules & {sheet?: string; allow?: FileKind[]}): Promise<InputFile> {
  const source = resolve(file)
  const kind = fileKind(file)
  if (rules.allow && !rules.allow.includes(kind))
    throw new InputError(`${file}: ${kind} files are not accepted here`, `give a ${rules.allow.join(' or ')} file`)
  if (rules.sheet !== undefined && kind !== 'xlsx')
    throw new InputError(`--sheet applies to .xlsx workbooks, and ${file} is ${kind}`, 'drop --sheet, or give the .xlsx workbook')
  if (kind === 'jsonl') return {source, rows: (await openJsonl(source)).rows, offThread: {kind, file: source}}
  if (kind === 'xlsx') return {source, rows: (await openXlsx(source, rules, rules.sheet)).rows}
  const csv = await openCsv(source, rules)
  return {source, rows: csv.rows, offThread: {kind, file: source, columns: csv.mapping}}
}

import {extname, resolve} from 'node:path'
import {InputError} from '../errors'
import {openCsv} from './csv'
import {RawRow} from './register-spec'
import {HeaderRules} from './header'
import {openJsonl} from './jsonl'
import {openXlsx} from './xlsx'
import {FileRows, warmImportWorker} from './worker-batches'
import {msg} from '../i18n'

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
  if (ext === '.xls') throw new InputError(msg().files.oldXls({file}), msg().files.oldXlsFix)
  return 'csv'
}

/**
 * Open a register file by its extension (`.csv`, `.jsonl`/`.ndjson`, `.xlsx`), with its structure
 * checked: whatever fails here has loaded nothing.
 */
export async function readRegisterFile(
  file: string,
  rules: HeaderRules & {sheet?: string; allow?: FileKind[]; register?: string},
): Promise<InputFile> {
  const source = resolve(file)
  const kind = fileKind(file)
  if (rules.allow && !rules.allow.includes(kind))
    throw new InputError(msg().files.kindRefused({file, kind}), msg().files.kindRefusedFix({allow: rules.allow}))
  if (rules.sheet !== undefined && kind !== 'xlsx')
    throw new InputError(msg().files.sheetNotXlsx({file, kind}), msg().files.sheetNotXlsxFix)
  // These two are read by the import's worker thread: it starts now, and loads and builds the register's
  // look-ups while the file is checked.
  if (kind !== 'xlsx') warmImportWorker(rules.register)
  if (kind === 'jsonl') return {source, rows: (await openJsonl(source)).rows, offThread: {kind, file: source}}
  if (kind === 'xlsx') return {source, rows: (await openXlsx(source, rules, rules.sheet)).rows}
  const csv = await openCsv(source, rules)
  return {source, rows: csv.rows, offThread: {kind, file: source, columns: csv.mapping}}
}

import type {Catalogue} from '../types'

export const files: Catalogue['files'] = {
  notAFile: (p) => `${p.file} is not a file`,
  notAFileFix: 'give the path of the file to import',
  missing: (p) => `${p.file} does not exist`,
  missingFix: 'check the path and file name',
  unreadable: (p) => `${p.file} cannot be read (${p.why})`,
  unreadableFix: 'check that the file exists and that you may read it',
  empty: (p) => `${p.file} is empty`,
  emptyFix: 'export the register again; a file needs at least a header row',
  oldXls: (p) => `${p.file} is an old .xls workbook`,
  oldXlsFix: 'save it as .xlsx (Excel Workbook) or as CSV UTF-8',
  kindRefused: (p) => `${p.file}: ${p.kind} files are not accepted here`,
  kindRefusedFix: (p) => `give a ${p.allow.join(' or ')} file`,
  sheetNotXlsx: (p) => `--sheet applies to .xlsx workbooks, and ${p.file} is ${p.kind}`,
  sheetNotXlsxFix: 'drop --sheet, or give the .xlsx workbook',
  outExists: (p) => `--out ${p.path} already exists`,
  outExistsFix: 'add --force to replace it, or choose another file with --out',
}

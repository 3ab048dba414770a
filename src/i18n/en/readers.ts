import type {Catalogue} from '../types'

export const readers: Catalogue['readers'] = {
  sheetLabel: (p) => `${p.file} (sheet "${p.sheet}")`,
  badLimit: (p) => `${p.name}="${p.value}" is not a valid limit: it must be a positive number`,
  badLimitFix: (p) => `give ${p.name} a positive number (default ${p.fallback}), or unset it`,

  lineTooLong: (p) => `is longer than the limit of ${p.limit} a line (${p.env}); this line is skipped, the other lines load`,
  recordTooLong: (p) =>
    `is longer than the limit of ${p.limit} a line (${p.env}); check for a quote that is never closed, or raise ${p.env} if a line that long is right`,
  jsonTooDeep: (p) => `nests more than ${p.limit} levels (${p.env}); a register holds flat values, not structures that deep`,
  notJson: (p) => `is not valid JSON: ${p.detail}`,
  notJsonObject: 'is not a JSON object ({"column": "value", …})',

  headerTooLong: (p) => `the header line of ${p.file} is longer than the limit of ${p.limit} (${p.env}); this is not a whole register CSV`,
  headerTooLongFix: 'export the register again as CSV UTF-8 with one header line; nothing was loaded',
  csvNoHeader: (p) => `${p.file} has no header row`,
  csvNoHeaderFix: 'the first line must name the columns, e.g. ticket_id,channel,created_at,…',
  csvSeparator: (p) => `${p.file} uses "${p.sep}" to separate columns, not ","`,
  csvSeparatorFix: 'export it as comma-separated CSV (Excel: "CSV UTF-8 (Comma delimited)"); nothing was loaded',
  csvQuote: {
    MissingQuotes: 'a quoted field is never closed',
    InvalidQuotes: 'a quoted field has text after its closing quote',
  },
  csvUnreadable: (p) => `cannot be read as CSV: ${p.problem}; a quote inside a field is written twice ("")`,
  csvFieldCount: (p) => `has ${p.fields} fields but the header has ${p.width}; check for an unquoted comma`,

  notWorkbook: (p) => `${p.file} is not a readable .xlsx workbook (${p.detail})`,
  notWorkbookFix: 'open it in Excel or LibreOffice and save it again as .xlsx, or export the sheet as CSV UTF-8; nothing was loaded',
  noSheets: (p) => `${p.file} has no sheets`,
  noSheetsFix: 'export the workbook again',
  noSheet: (p) => `${p.file} has no sheet "${p.sheet}"; its sheets are: ${p.names}`,
  noSheetFix: 'pass --sheet with one of those names; nothing was loaded',
  headerEmpty: (p) => `${p.file}, sheet "${p.sheet}": row 1 is empty; it must hold the column names`,
  headerEmptyFix: 'put the header row (No, Topik, Pertanyaan, Jawaban, …) in row 1',
  tooManyCells: (p) => `${p.file}, sheet "${p.sheet}": more than ${p.limit} cells (${p.env}); reading stopped, nothing was loaded`,
  tooManyCellsFix: (p) =>
    `delete the formatted empty rows and columns (Ctrl+End in Excel shows the last cell in use) and save again, export the sheet as CSV UTF-8, or raise ${p.env} if the sheet really is that large`,
  outExists: (p) => `--out ${p.path} already exists`,
  outExistsFix: 'add --force to replace it, or choose another file with --out',
  outSymlink: (p) => `--out ${p.path} is a symlink (to ${p.target}); prime-migrate does not write through symlinks`,
  outSymlinkFix: 'give the real path of the file or folder with --out',
  outFolderNotFile: (p) => `--out ${p.path} is a folder, but this command writes a file`,
  outNotRegular: (p) => `--out ${p.path} is not a regular file (a device, FIFO or socket)`,
  outFolderNotFileFix: 'give the path of the file to write, e.g. --out reports/result.xlsx',
  outFileNotFolder: (p) => `--out ${p.path} is a file, but this command writes a folder`,
  outFileNotFolderFix: 'give a folder (one that does not exist yet, or an empty one) with --out',
  outParentNotFolder: (p) => `--out ${p.path} cannot be made: ${p.parent} is a file, not a folder`,
  outParentNotFolderFix: 'choose a path inside an existing folder with --out',
  storeCorrupt: (p) => `the state store file ${p.file} is damaged or is not an SQLite database (${p.detail})`,
  storeCorruptFix: (p) =>
    `restore ${p.file} from the latest backup (copy the backup file to that path), then run prime-migrate audit verify; do not run init over it`,
}

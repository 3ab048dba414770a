/**
 * exceljs, loaded on first use. It takes a few hundred milliseconds to load, and oclif loads every
 * command's modules to list them, so a top-level import would slow down commands that never touch a
 * workbook (`status` above all). Modules import its types with `import type` and call this instead.
 */
export function exceljs(): typeof import('exceljs') {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  return require('exceljs') as typeof import('exceljs')
}

/**
 * exceljs, loaded on first use. It alone takes about 200 ms to load, and the plan's registry (which
 * `status` reads gates through) reaches every step module, several of which write workbooks; a
 * top-level import would make every command pay for it. Modules import its types with `import type`.
 */
export function exceljs(): typeof import('exceljs') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('exceljs') as typeof import('exceljs')
}

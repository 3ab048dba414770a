import {writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {Store} from '../../src/store/store'

/** Write a text file into the test's scratch folder and return its path. */
export function write(dir: string, name: string, text: string | Buffer): string {
  const path = join(dir, name)
  writeFileSync(path, text)
  return path
}

export function csv(rows: string[][]): string {
  return rows.map((r) => r.map((c) => (/[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')).join('\r\n') + '\r\n'
}

export async function auditOf(store: Store, action: string): Promise<any[]> {
  const rows = await store.knex('audit_log').where({action}).orderBy('id')
  return rows.map((r: any) => JSON.parse(r.details))
}

export async function rejectsOf(store: Store): Promise<{row_no: number; field: string; reason: string}[]> {
  const rows = await store.knex('rejects').orderBy('id').select('import_id', 'row_no', 'field', 'reason')
  const last = Math.max(...rows.map((r: any) => Number(r.import_id)))
  return rows
    .filter((r: any) => Number(r.import_id) === last)
    .map((r: any) => ({row_no: Number(r.row_no), field: r.field, reason: r.reason}))
}

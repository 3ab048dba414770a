import {createWriteStream, mkdirSync, WriteStream} from 'node:fs'
import {dirname} from 'node:path'
import {Knex} from 'knex'
import {csvLine} from '../util/spreadsheet-safety'
import {RowError} from './register-spec'
import {msg} from '../i18n'

/** A row refused by an import, with every reason. */
export interface Reject {
  rowNo: number
  raw: Record<string, string | undefined>
  errors: RowError[]
}

const ROWS_PER_INSERT = 500

/** Record rejects in the store's `rejects` table, one row per problem, inside the batch's transaction. */
export async function storeRejects(
  trx: Knex.Transaction,
  importId: number,
  register: string,
  file: string,
  rejects: Reject[],
): Promise<void> {
  const rows = rejects.flatMap((r) =>
    r.errors.map((e) => ({
      import_id: importId,
      register,
      file,
      row_no: r.rowNo,
      field: e.field,
      reason: e.reason,
      raw: JSON.stringify(r.raw),
    })),
  )
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) await trx('rejects').insert(rows.slice(i, i + ROWS_PER_INSERT))
}

/** The rejects CSV: one line per problem (row, field, reason, raw row as JSON), opened on the first reject. */
export class RejectsCsv {
  private stream?: WriteStream
  constructor(private readonly path: string) {}

  get opened(): boolean {
    return this.stream !== undefined
  }

  async write(r: Reject): Promise<void> {
    if (!this.stream) {
      mkdirSync(dirname(this.path), {recursive: true})
      this.stream = createWriteStream(this.path, {encoding: 'utf8'})
      this.stream.write(`\uFEFF${csvLine(msg().rejects.header)}\r\n`)
    }
    for (const e of r.errors) {
      const line = csvLine([r.rowNo, e.field, e.reason, JSON.stringify(r.raw)])
      if (!this.stream.write(`${line}\r\n`)) await new Promise<void>((ok) => this.stream!.once('drain', () => ok()))
    }
  }

  async close(): Promise<void> {
    const s = this.stream
    if (!s) return
    await new Promise<void>((ok, fail) => s.end((err?: Error | null) => (err ? fail(err) : ok())))
  }
}

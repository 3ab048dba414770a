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
/** Characters of rejects per statement, well inside any server's max_allowed_packet. */
const CHARS_PER_INSERT = 1 << 20
/** A rejected row kept whole in the store up to this size; a larger one (a value over its column's limit) keeps the start of each value. */
const RAW_KEPT_CHARS = 1 << 16
const VALUE_KEPT_CHARS = 4096

/** The row as read, as JSON; clipped where it is too large to be worth storing (the source file holds it whole). */
function rawJson(raw: Record<string, string | undefined>): string {
  const whole = JSON.stringify(raw)
  if (whole.length <= RAW_KEPT_CHARS) return whole
  const clipped: Record<string, string | undefined> = {}
  for (const [k, v] of Object.entries(raw))
    clipped[k] = v !== undefined && v.length > VALUE_KEPT_CHARS ? `${v.slice(0, VALUE_KEPT_CHARS)}… (${v.length})` : v
  return JSON.stringify(clipped)
}

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
      raw: rawJson(r.raw),
    })),
  )
  let chunk: typeof rows = []
  let chars = 0
  for (const row of rows) {
    if (chunk.length && (chunk.length >= ROWS_PER_INSERT || chars + row.raw.length > CHARS_PER_INSERT)) {
      await trx('rejects').insert(chunk)
      chunk = []
      chars = 0
    }
    chunk.push(row)
    chars += row.raw.length + row.reason.length
  }
  if (chunk.length) await trx('rejects').insert(chunk)
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
      const line = csvLine([r.rowNo, e.field, e.reason, rawJson(r.raw)])
      if (!this.stream.write(`${line}\r\n`)) await new Promise<void>((ok) => this.stream!.once('drain', () => ok()))
    }
  }

  async close(): Promise<void> {
    const s = this.stream
    if (!s) return
    await new Promise<void>((ok, fail) => s.end((err?: Error | null) => (err ? fail(err) : ok())))
  }
}

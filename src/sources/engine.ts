import {createHash} from 'node:crypto'
import {createWriteStream, mkdirSync, WriteStream} from 'node:fs'
import {dirname, resolve} from 'node:path'
import {Knex} from 'knex'
import {recordArtifact} from '../audit/artifacts'
import {Store} from '../store/store'
import {csvLine} from '../util/spreadsheet-safety'
import {nowIso} from '../util/time'

/** Why one field of one row was refused. */
export interface RowError {
  field: string
  reason: string
}

/** How one register turns a raw row of strings into the record it stores, keyed by its natural key. */
export interface RegisterSpec<R extends Record<string, unknown>> {
  register: string
  table: string
  key: string
  validate(raw: Record<string, string | undefined>, rowNo: number): {record?: R; errors: RowError[]}
  /** Called once before the rows of an import, to build look-ups `validate` uses per row. */
  prepare?(): void
}

/** What an import did; `read = loaded + updated + unchanged + rejected` always holds. */
export interface ImportSummary {
  /** The import's id in the store (its rows' `seen_import`, its rejects' `import_id`). */
  import_id: number
  read: number
  loaded: number
  updated: number
  unchanged: number
  rejected: number
  excluded?: number
  rejects_file: string | null
}

export interface RawRow {
  rowNo: number
  raw: Record<string, string | undefined>
  /** Set by a reader when the row itself could not be read (a bad JSON line): it is rejected as is. */
  error?: RowError
}

export interface ImportOptions {
  /** Where the rows came from (a path, or a masked URL), recorded on every row and in the audit. */
  source: string
  /** Path of the rejects CSV, created only when a row is rejected; `{id}` becomes the import's id. */
  rejectsFile: string
  progress?: (p: {read: number; rowsPerSecond: number}) => void
  /** Rows the reader left out on purpose (Deskpro's hidden tickets), reported beside the counts; a function is asked once the rows are read. */
  excluded?: number | (() => number)
  /** Rows per transaction. */
  batchSize?: number
}

const DEFAULT_BATCH = 2000
/** Updated keys named in the one audit entry of an import; the total is always given. */
const AUDIT_KEYS_CAP = 200
/** Bound variables per INSERT, below SQLite's limit (32766) whatever the register's width. */
const MAX_VARIABLES = 30000
/** Rows per multi-row INSERT on MySQL, keeping statements a modest size. */
const MAX_ROWS_PER_INSERT = 500

interface Pending<R> {
  rowNo: number
  key: string
  record: R
  hash: string
  raw: Record<string, string | undefined>
}

interface Reject {
  rowNo: number
  raw: Record<string, string | undefined>
  errors: RowError[]
}

/**
 * Validate and load rows into a register, idempotent by natural key. Rows are taken in batches, each
 * in one transaction with one look-up of the existing hashes, so memory stays flat however long the
 * input. A key read twice in one import is caught by `seen_import` in the table itself.
 */
export async function importRows<R extends Record<string, unknown>>(
  store: Store,
  spec: RegisterSpec<R>,
  rows: AsyncIterable<RawRow>,
  opts: ImportOptions,
): Promise<ImportSummary> {
  const {knex} = store
  const batchSize = opts.batchSize ?? DEFAULT_BATCH
  const [inserted] = await knex('imports').insert({register: spec.register, source: opts.source, started_at: nowIso(), actor: store.actor})
  const importId = Number(inserted)
  const rejectsPath = resolve(opts.rejectsFile.replace('{id}', String(importId)))
  const counts = {read: 0, loaded: 0, updated: 0, unchanged: 0, rejected: 0}
  const updatedKeys: string[] = []
  const rejects = new RejectsWriter(rejectsPath)
  const started = Date.now()
  const hash = rowHasher()
  spec.prepare?.()

  let batch: Pending<R>[] = []
  let batchRejects: Reject[] = []
  const flush = async (): Promise<void> => {
    if (batch.length === 0 && batchRejects.length === 0) return
    await knex.transaction(async (trx) => {
      const outcome = await loadBatch(trx, spec, batch, importId, opts.source)
      counts.loaded += outcome.loaded
      counts.unchanged += outcome.unchanged
      counts.updated += outcome.updated.length
      for (const k of outcome.updated) if (updatedKeys.length < AUDIT_KEYS_CAP) updatedKeys.push(k)
      batchRejects.push(...outcome.repeated)
      batchRejects.sort((a, b) => a.rowNo - b.rowNo)
      counts.rejected += batchRejects.length
      await writeRejects(trx, importId, spec.register, opts.source, batchRejects)
    })
    for (const r of batchRejects) await rejects.write(r)
    batch = []
    batchRejects = []
    const seconds = (Date.now() - started) / 1000
    opts.progress?.({read: counts.read, rowsPerSecond: seconds > 0 ? Math.round(counts.read / seconds) : counts.read})
  }

  try {
    for await (const {rowNo, raw, error} of rows) {
      counts.read++
      const {record, errors} = error ? {record: undefined, errors: [error]} : safeValidate(spec, raw, rowNo)
      if (errors.length > 0 || !record) {
        batchRejects.push({rowNo, raw, errors: errors.length ? errors : [{field: spec.key, reason: 'row could not be read'}]})
      } else {
        batch.push({rowNo, key: String(record[spec.key]), record, hash: hash(record), raw})
      }
      if (batch.length + batchRejects.length >= batchSize) await flush().catch((e) => failed(e, spec, counts.read))
    }
    await flush().catch((e) => failed(e, spec, counts.read))
  } catch (error) {
    await rejects.close().catch(() => {})
    await recordFailure(store, spec, importId, opts.source, counts, error)
    throw error
  }
  await rejects.close()

  const excluded = typeof opts.excluded === 'function' ? opts.excluded() : opts.excluded
  const summary: ImportSummary = {
    import_id: importId,
    ...counts,
    ...(excluded !== undefined ? {excluded} : {}),
    rejects_file: rejects.opened ? rejectsPath : null,
  }
  await knex.transaction(async (trx) => {
    await trx('imports')
      .where({id: importId})
      .update({...counts, excluded: excluded ?? 0, finished_at: nowIso(), rejects_file: summary.rejects_file})
    await store.audit(
      `import.${spec.register}`,
      {
        source: opts.source,
        ...summary,
        updated_keys: updatedKeys,
        updated_total: counts.updated,
      },
      trx,
    )
  })
  if (summary.rejects_file)
    await recordArtifact(
      knex,
      {actor: store.actor, command: store.command},
      `rejects.${spec.register}`,
      summary.rejects_file,
      counts.rejected,
    )
  return summary
}

/**
 * An import that stopped part-way (the reader or the database failed) still says what it had loaded:
 * the batches committed before the failure are state changes and are audited as such.
 */
async function recordFailure(
  store: Store,
  spec: RegisterSpec<any>,
  importId: number,
  source: string,
  counts: Record<string, number>,
  error: unknown,
): Promise<void> {
  const message = (error as Error)?.message ?? String(error)
  try {
    await store.knex.transaction(async (trx) => {
      await trx('imports')
        .where({id: importId})
        .update({...counts, finished_at: nowIso()})
      await store.audit(`import.${spec.register}.failed`, {import_id: importId, source, ...counts, error: message.slice(0, 500)}, trx)
    })
  } catch {
    // The store itself failing is what the caller reports; the original error matters more.
  }
}

/**
 * A database error mid-import: the batches before it stay loaded (each was its own transaction) and
 * re-running the import picks up from there, since loaded rows come back unchanged. knex puts the
 * whole SQL statement in its message; only the driver's reason is worth showing.
 */
function failed(error: unknown, spec: RegisterSpec<any>, read: number): never {
  const message = (error as Error).message ?? String(error)
  const reason = message.includes(' - ') ? message.slice(message.lastIndexOf(' - ') + 3) : message
  throw new Error(
    `loading ${spec.register} into table ${spec.table} failed in the batch ending at row ${read} read: ${reason.slice(0, 500)}; rows before that batch are loaded, and importing the file again continues safely`,
  )
}

/**
 * The row hash: the record's keys, sorted, then its values in that order as a JSON array (an array
 * takes JSON.stringify's fast path; a per-row key sort or replacer would dominate a large import).
 */
function rowHasher(): (record: Record<string, unknown>) => string {
  let keys: string[] = []
  // The keys in the record's own order the last time: a register builds every record alike, so an
  // identical order means the sorted keys still hold without a per-row set look-up.
  let lastOwn: string[] = []
  // The hash state after the key list, copied per row rather than hashing the same prefix again.
  let seeded = createHash('sha256')
  return (record) => {
    const own = Object.keys(record)
    let same = own.length === lastOwn.length
    for (let i = 0; same && i < own.length; i++) same = own[i] === lastOwn[i]
    if (!same) {
      lastOwn = own
      keys = [...own].sort()
      seeded = createHash('sha256').update(JSON.stringify(keys))
    }
    const values = new Array(keys.length)
    for (let i = 0; i < keys.length; i++) values[i] = record[keys[i]] ?? null
    return seeded.copy().update(JSON.stringify(values)).digest('hex')
  }
}

/** The hash an import stores for a record: a re-derivation of stored rows keeps a re-import of the same file unchanged. */
export function recordHash(record: Record<string, unknown>): string {
  return rowHasher()(record)
}

/** A validator that throws is a bug, but one row must not end the import: it becomes a reject that says so. */
function safeValidate<R extends Record<string, unknown>>(
  spec: RegisterSpec<R>,
  raw: Record<string, string | undefined>,
  rowNo: number,
): {record?: R; errors: RowError[]} {
  try {
    return spec.validate(raw, rowNo)
  } catch (error) {
    return {errors: [{field: spec.key, reason: `row could not be validated: ${(error as Error).message}`}]}
  }
}

async function loadBatch<R extends Record<string, unknown>>(
  trx: Knex.Transaction,
  spec: RegisterSpec<R>,
  batch: Pending<R>[],
  importId: number,
  source: string,
): Promise<{loaded: number; unchanged: number; updated: string[]; repeated: Reject[]}> {
  const result = {loaded: 0, unchanged: 0, updated: [] as string[], repeated: [] as Reject[]}
  if (batch.length === 0) return result
  const sqlite = trx.client.config.client === 'better-sqlite3' ? ((await trx.client.acquireConnection()) as SqliteDb) : undefined
  const existing = new Map<string, {hash: string; seen: number | null}>()
  const keys = [...new Set(batch.map((p) => p.key))]
  const found: Record<string, unknown>[] = sqlite
    ? (prepared(
        sqlite,
        `SELECT "${spec.key}", row_hash, seen_import FROM "${spec.table}" WHERE "${spec.key}" IN (SELECT value FROM json_each(?))`,
      ).all(JSON.stringify(keys)) as Record<string, unknown>[])
    : await trx(spec.table).select(spec.key, 'row_hash', 'seen_import').whereIn(spec.key, keys)
  for (const row of found)
    existing.set(String(row[spec.key]), {hash: row.row_hash as string, seen: row.seen_import === null ? null : Number(row.seen_import)})

  const firstRow = new Map<string, number>()
  const inserts: Pending<R>[] = []
  const unchanged: string[] = []
  for (const p of batch) {
    const prior = existing.get(p.key)
    const earlier = firstRow.get(p.key)
    if (earlier !== undefined || prior?.seen === importId) {
      const where = earlier !== undefined ? `row ${earlier}` : 'an earlier row'
      result.repeated.push({
        rowNo: p.rowNo,
        raw: p.raw,
        errors: [{field: spec.key, reason: `${spec.key} "${p.key}" already appears in this file (${where}); a key may appear only once`}],
      })
      continue
    }
    firstRow.set(p.key, p.rowNo)
    if (!prior) {
      inserts.push(p)
      result.loaded++
    } else if (prior.hash === p.hash) {
      unchanged.push(p.key)
      result.unchanged++
    } else {
      await trx(spec.table)
        .where(spec.key, p.key)
        .update(stored(p, importId, source))
      result.updated.push(p.key)
    }
  }
  if (inserts.length > 0) {
    if (sqlite) insertSqlite(sqlite, spec.table, inserts, importId, source)
    else await insertMysql(trx, spec.table, inserts, importId, source)
  }
  if (unchanged.length > 0) {
    if (sqlite)
      prepared(sqlite, `UPDATE "${spec.table}" SET seen_import = ? WHERE "${spec.key}" IN (SELECT value FROM json_each(?))`).run(
        importId,
        JSON.stringify(unchanged),
      )
    else await trx(spec.table).whereIn(spec.key, unchanged).update({seen_import: importId})
  }
  return result
}

type SqliteDb = import('better-sqlite3').Database
type SqliteStatement = import('better-sqlite3').Statement

/** A row as the table stores it: the record plus the import's bookkeeping columns. */
function stored<R extends Record<string, unknown>>(p: Pending<R>, importId: number, source: string): Record<string, unknown> {
  return {...p.record, row_hash: p.hash, seen_import: importId, source, source_row: p.rowNo}
}

/** Statements prepared once per connection: preparing one per batch showed in the profile of a large import. */
const statements = new WeakMap<SqliteDb, Map<string, SqliteStatement>>()
function prepared(db: SqliteDb, sql: string): SqliteStatement {
  let cache = statements.get(db)
  if (!cache) statements.set(db, (cache = new Map()))
  let stmt = cache.get(sql)
  if (!stmt) cache.set(sql, (stmt = db.prepare(sql)))
  return stmt
}

/**
 * Insert new rows on SQLite: one prepared statement run per row inside the batch's transaction is
 * several times faster than knex's compound-SELECT inserts, and the values go straight from the
 * record into the statement without an intermediate row object.
 */
function insertSqlite<R extends Record<string, unknown>>(
  db: SqliteDb,
  table: string,
  rows: Pending<R>[],
  importId: number,
  source: string,
): void {
  const fields = Object.keys(rows[0].record)
  const columns = [...fields, 'row_hash', 'seen_import', 'source', 'source_row']
  const stmt = prepared(
    db,
    `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
  )
  const values = new Array(columns.length)
  for (const p of rows) {
    let i = 0
    for (; i < fields.length; i++) values[i] = sqliteValue(p.record[fields[i]])
    values[i++] = p.hash
    values[i++] = importId
    values[i++] = source
    values[i] = p.rowNo
    stmt.run(values)
  }
}

/**
 * Insert new rows on MySQL: multi-row INSERTs of a modest size, written directly rather than through
 * knex's insert compiler, which (with a row object per ticket) cost more than the statements themselves.
 */
async function insertMysql<R extends Record<string, unknown>>(
  trx: Knex.Transaction,
  table: string,
  rows: Pending<R>[],
  importId: number,
  source: string,
): Promise<void> {
  const fields = Object.keys(rows[0].record)
  const columns = [...fields, 'row_hash', 'seen_import', 'source', 'source_row']
  const perInsert = Math.max(1, Math.min(MAX_ROWS_PER_INSERT, Math.floor(MAX_VARIABLES / columns.length)))
  const tuple = `(${columns.map(() => '?').join(', ')})`
  const head = `INSERT INTO \`${table}\` (${columns.map((c) => `\`${c}\``).join(', ')}) VALUES `
  for (let i = 0; i < rows.length; i += perInsert) {
    const chunk = rows.slice(i, i + perInsert)
    const bindings: unknown[] = []
    for (const p of chunk) {
      for (const f of fields) bindings.push(p.record[f] ?? null)
      bindings.push(p.hash, importId, source, p.rowNo)
    }
    await trx.raw(head + chunk.map(() => tuple).join(', '), bindings as Knex.RawBinding[])
  }
}

function sqliteValue(v: unknown): unknown {
  if (v === undefined) return null
  if (typeof v === 'boolean') return v ? 1 : 0
  return v
}

async function writeRejects(trx: Knex.Transaction, importId: number, register: string, file: string, rejects: Reject[]): Promise<void> {
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
  for (let i = 0; i < rows.length; i += 500) await trx('rejects').insert(rows.slice(i, i + 500))
}

/** The rejects CSV: one line per problem (row, field, reason, raw row as JSON), opened on the first reject. */
class RejectsWriter {
  private stream?: WriteStream
  constructor(private readonly path: string) {}

  get opened(): boolean {
    return this.stream !== undefined
  }

  async write(r: Reject): Promise<void> {
    if (!this.stream) {
      mkdirSync(dirname(this.path), {recursive: true})
      this.stream = createWriteStream(this.path, {encoding: 'utf8'})
      this.stream.write('\uFEFFrow,field,reason,raw\r\n')
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

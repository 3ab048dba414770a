import {resolve} from 'node:path'
import {recordArtifact} from '../audit/artifacts'
import {EXIT, InputError, UserError} from '../errors'
import {msg} from '../i18n'
import {BulkMode, DuplicateKeyError} from '../store/dialect'
import {bumpChange, ChangeInput} from '../store/changes'
import {Store} from '../store/store'
import {nowIso} from '../util/time'
import {digestLayout} from '../audit/ledger'
import {AddedLanes, BatchOutcome, laneAdder, loadBatch, rowEncoder} from './load-batch'
import {batchSize, PreparedBatch, prepareBatches, ReadProgress} from './prepare-batches'
import {RawRow, RegisterSpec} from './register-spec'
import {RejectsCsv, storeRejects} from './rejects'
import {FileRows, workerAvailable, workerBatches} from './worker-batches'

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
  /** The same rows as a file a worker thread can read, validate and hash while this thread writes. */
  offThread?: FileRows
  /** How new rows go in: INSERT (default), or LOAD DATA LOCAL INFILE on a MySQL/MariaDB store that allows it. */
  bulk?: BulkMode
  /** Work for this thread while a worker reads the first batch (what the caller needs once the rows are in). */
  meanwhile?: () => void
}

const DEFAULT_BATCH = 2000

/** A batch whose transaction is committing: its keys (the next batch refuses them as repeated) and the commit. */
interface InFlight {
  done: Promise<void>
  keys: Set<string>
}
/** Updated keys named in the one audit entry of an import; the total is always given. */
const AUDIT_KEYS_CAP = 200

/**
 * Validate and load rows into a register, idempotent by natural key. Rows are taken in batches, each
 * in one transaction with one look-up of the existing hashes, so memory stays flat however long the
 * input. A key read twice in one import is caught by `seen_import` in the table itself. A register
 * file is read, validated and hashed in a worker thread while this one writes the previous batch.
 */
export async function importRows<R extends Record<string, unknown>>(
  store: Store,
  spec: RegisterSpec<R>,
  rows: AsyncIterable<RawRow>,
  opts: ImportOptions,
): Promise<ImportSummary> {
  const {knex} = store
  const size = opts.batchSize ?? DEFAULT_BATCH
  const bulk = opts.bulk ?? 'insert'
  const refused = await store.dialect.bulkRefusal(knex, bulk)
  if (refused) throw new InputError(msg().errors.loadDataRefused({reason: refused}), msg().errors.loadDataRefusedFix)
  const [inserted] = await knex('imports').insert({register: spec.register, source: opts.source, started_at: nowIso(), actor: store.actor})
  const importId = Number(inserted)
  const rejectsPath = resolve(opts.rejectsFile.replace('{id}', String(importId)))
  const counts = {read: 0, loaded: 0, updated: 0, unchanged: 0, rejected: 0}
  const updatedKeys: string[] = []
  const rejects = new RejectsCsv(rejectsPath)
  const started = Date.now()
  const reader: ReadProgress = {read: 0}
  // The register's change counter moves with the first batch that changes rows, in that batch's
  // transaction (the import holds the operator lock, so one count covers the whole import).
  let change: number | undefined
  const encode = rowEncoder(store.dialect, importId, opts.source, bulk)
  const limits = await store.dialect.rowLimits(knex, spec.table)
  // The new rows' digest lanes, summed as they are written where the store allows (SQLite), give the
  // register's digest for the audit entry without reading the whole table again.
  const {rowLanes} = store.dialect
  const layout = rowLanes ? await digestLayout(knex, spec.table) : undefined
  const laneTotals = layout && rowLanes ? rowLanes(layout.types).totals : undefined
  let added: AddedLanes | undefined = layout ? {rows: 0, lanes: []} : undefined
  // Into a register that holds no row yet (a first migration), a batch's keys go in as new without a
  // look-up: the only key that can be stored already is one this import read before, which the insert
  // refuses; that batch is then written again, looked up, and so is every batch after it. (The operator
  // lock keeps other writers out.) The look-ups were about 6 % of the server's CPU in a 100k-ticket
  // import on MariaDB (BENCHMARKS.md, fourteenth look).
  let lookUp = (await knex(spec.table).first(spec.key)) !== undefined
  const batches =
    opts.offThread && workerAvailable()
      ? workerBatches(
          {
            ...opts.offThread,
            register: spec.register,
            dialect: store.dialect.name,
            importId,
            source: opts.source,
            bulk,
            limits,
            lanes: layout,
          },
          size,
          reader,
          opts.meanwhile,
        )
      : prepareBatches(spec, rows, size, reader, {encode, limits, lanes: layout && laneAdder(store.dialect, layout, importId, opts.source)})

  /** Write one batch in its own transaction; the commit waits for the batch before it (`prior`) and is returned, not awaited. */
  const write = async (batch: PreparedBatch, prior: InFlight | undefined): Promise<InFlight> => {
    counts.read += batchSize(batch)
    const readThrough = counts.read
    let trx = await knex.transaction()
    // In whichever transaction is the batch's when it is called (a refused batch is written in a new one).
    const load = (looked: boolean) =>
      loadBatch(trx, store.dialect, spec, batch, importId, opts.source, {inFlight: prior?.keys, mode: bulk, lookUp: looked})
    let outcome: BatchOutcome
    try {
      const looked = lookUp
      outcome = await load(looked).catch(async (error) => {
        if (looked || !(error instanceof DuplicateKeyError)) throw error
        await trx.rollback()
        lookUp = true
        trx = await knex.transaction()
        return load(true)
      })
      if (change === undefined && (outcome.loaded || outcome.updated.length))
        change = await bumpChange(trx, spec.register as ChangeInput, store.actor)
      const batchRejects = [...batch.rejects, ...outcome.repeated].sort((a, b) => a.rowNo - b.rowNo)
      await storeRejects(trx, importId, spec.register, opts.source, batchRejects)
      outcome.repeated = batchRejects
    } catch (error) {
      await trx.rollback().catch(() => {})
      await prior?.done.catch(() => {})
      return failed(error, spec, counts.read)
    }
    const done = (async () => {
      try {
        await prior?.done
      } catch (error) {
        await trx.rollback().catch(() => {})
        throw error
      }
      await trx.commit().catch((e) => failed(e, spec, counts.read))
      counts.loaded += outcome.loaded
      counts.unchanged += outcome.unchanged
      counts.updated += outcome.updated.length
      counts.rejected += outcome.repeated.length
      added = sumLanes(added, outcome.added)
      for (const k of outcome.updated) if (updatedKeys.length < AUDIT_KEYS_CAP) updatedKeys.push(k)
      for (const r of outcome.repeated) await rejects.write(r)
      const seconds = (Date.now() - started) / 1000
      opts.progress?.({read: readThrough, rowsPerSecond: seconds > 0 ? Math.round(readThrough / seconds) : readThrough})
    })()
    // Until it settles, a failure is the next write's or the loop's to report.
    done.catch(() => {})
    return {done, keys: new Set(batch.keys)}
  }

  // At most one batch committing while the next is written, where the store allows two connections at
  // once: the batch before the committing one has committed, so the next look-up sees its rows.
  let inFlight: InFlight | undefined
  let committing: InFlight | undefined
  try {
    for await (const batch of batches) {
      await committing?.done
      committing = inFlight
      inFlight = await write(batch, inFlight)
      if (!store.dialect.overlapBatches) await inFlight.done
    }
    await inFlight?.done
  } catch (error) {
    await committing?.done.catch(() => {})
    await inFlight?.done.catch(() => {})
    // Rows read past the last committed batch still count as read in the failure's record.
    counts.read = Math.max(counts.read, reader.read)
    await rejects.close().catch(() => {})
    await recordFailure(store, spec, importId, opts.source, counts, error, change)
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
        change: change === undefined ? null : {[spec.register]: change},
      },
      trx,
      added && laneTotals && change !== undefined
        ? {table: spec.table, counter: change, sums: {rows: added.rows, lanes: laneTotals(added.lanes)}}
        : undefined,
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

/** Two batches' new rows together; undefined once either's lanes are not known. */
function sumLanes(a: AddedLanes | undefined, b: AddedLanes | undefined): AddedLanes | undefined {
  if (!a || !b) return undefined
  if (!b.rows) return a
  if (!a.rows) return b
  const lanes = a.lanes.map((l, i) => l + b.lanes[i])
  // Past 2^53 a sum is no longer exact: the table is read instead (billions of rows on either store).
  return lanes.every(Number.isSafeInteger) ? {rows: a.rows + b.rows, lanes} : undefined
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
  change?: number,
): Promise<void> {
  const message = (error as Error)?.message ?? String(error)
  try {
    await store.knex.transaction(async (trx) => {
      await trx('imports')
        .where({id: importId})
        .update({...counts, finished_at: nowIso()})
      await store.audit(
        `import.${spec.register}.failed`,
        {
          import_id: importId,
          source,
          ...counts,
          change: change === undefined ? null : {[spec.register]: change},
          error: message.slice(0, 500),
        },
        trx,
      )
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
  const m = msg().imports
  // A fault that knows its own fix (the server stopped answering) keeps it.
  const fix = error instanceof UserError && error.fix ? error.fix : m.batchFailedFix
  throw new UserError(m.batchFailed({register: spec.register, table: spec.table, read, reason: reason.slice(0, 500)}), EXIT.failure, fix)
}

import {resolve} from 'node:path'
import {recordArtifact} from '../audit/artifacts'
import {bumpChange, ChangeInput} from '../store/changes'
import {Store} from '../store/store'
import {nowIso} from '../util/time'
import {HashedRow, loadBatch} from './load-batch'
import {RawRow, RegisterSpec, RowError} from './register-spec'
import {Reject, RejectsCsv, storeRejects} from './rejects'
import {rowHasher} from './row-hash'

/** What an import did; `read = loaded + updated + unchanged + rejected` always holds. */
export interface ImportSummary {
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
}

const DEFAULT_BATCH = 2000
/** Updated keys named in the one audit entry of an import; the total is always given. */
const AUDIT_KEYS_CAP = 200

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
  const rejects = new RejectsCsv(rejectsPath)
  const started = Date.now()
  const hash = rowHasher()
  spec.prepare?.()
  // The register's change counter moves with the first batch that changes rows, in that batch's
  // transaction (the import holds the operator lock, so one count covers the whole import).
  let change: number | undefined

  let batch: HashedRow<R>[] = []
  let batchRejects: Reject[] = []
  const flush = async (): Promise<void> => {
    if (batch.length === 0 && batchRejects.length === 0) return
    await knex.transaction(async (trx) => {
      const outcome = await loadBatch(trx, store.dialect, spec, batch, importId, opts.source)
      if (change === undefined && (outcome.loaded || outcome.updated.length))
        change = await bumpChange(trx, spec.register as ChangeInput, store.actor)
      counts.loaded += outcome.loaded
      counts.unchanged += outcome.unchanged
      counts.updated += outcome.updated.length
      for (const k of outcome.updated) if (updatedKeys.length < AUDIT_KEYS_CAP) updatedKeys.push(k)
      batchRejects.push(...outcome.repeated)
      batchRejects.sort((a, b) => a.rowNo - b.rowNo)
      counts.rejected += batchRejects.length
      await storeRejects(trx, importId, spec.register, opts.source, batchRejects)
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
    await recordFailure(store, spec, importId, opts.source, counts, error, change)
    throw error
  }
  await rejects.close()

  const excluded = typeof opts.excluded === 'function' ? opts.excluded() : opts.excluded
  const summary: ImportSummary = {
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
        import_id: importId,
        source: opts.source,
        ...summary,
        updated_keys: updatedKeys,
        updated_total: counts.updated,
        change: change === undefined ? null : {[spec.register]: change},
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
  throw new Error(
    `loading ${spec.register} into table ${spec.table} failed in the batch ending at row ${read} read: ${reason.slice(0, 500)}; rows before that batch are loaded, and importing the file again continues safely`,
  )
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

import {existsSync} from 'node:fs'
import {join} from 'node:path'
import {Worker} from 'node:worker_threads'
import type {DigestLayout} from '../audit/ledger'
import {ExitCode, UserError} from '../errors'
import {currentLang, Lang} from '../i18n'
import {DialectName} from '../store/connection'
import {BulkMode, RowLimits} from '../store/dialect'
import {PreparedBatch, ReadProgress, RowDetails} from './prepare-batches'
import {localAliases} from './regions'

/** A register file the import's worker thread can open and read by itself. */
export interface FileRows {
  kind: 'csv' | 'jsonl'
  /** Absolute path. */
  file: string
  /** The field each CSV column holds (null: a column the register does not use), as the header was mapped. */
  columns?: (string | null)[]
}

/** What the worker sends: a batch (without the details it keeps), details asked for, the end, or why it stopped. */
export type WorkerMessage =
  | {type: 'batch'; seq: number; batch: PreparedBatch; read: number}
  | ({type: 'details'; id: number} & RowDetails)
  | {type: 'done'; read: number}
  | {type: 'failed'; message: string; read: number; user?: {exit: ExitCode; fix?: string}}

/** What the writer sends once the worker has its job: room for one more batch, or a request for some rows' details. */
export type WriterMessage = {type: 'more'} | {type: 'details'; id: number; seq: number; rows: number[]}

/** What the writer sends: the register a warm worker may get ready for, the job (once), then WriterMessages. */
export type ToWorker = {type: 'warm'; register: string} | {type: 'job'; job: WorkerJob} | WriterMessage

/** Which file, which register, and what the worker needs to write new rows' insert text ahead (see `rowEncoder`). */
export interface WorkerSource extends FileRows {
  register: string
  dialect: DialectName
  importId: number
  source: string
  bulk: BulkMode
  /** What one row may hold on this store: rows over it are rejected by the worker. */
  limits: RowLimits
  /** The register table's digested columns, where the worker sums new rows' digest lanes ahead (see `laneAdder`). */
  lanes?: DigestLayout
}

/** What a worker is started with. */
export interface WorkerJob extends WorkerSource {
  batchSize: number
  aliases: ReturnType<typeof localAliases>
  /** The run's language: reject reasons are written in it. */
  lang: Lang
}

/**
 * Batches the worker may have ready beyond the one being written: one keeps both threads busy; two
 * kept about 50 MB more waiting in the writer's heap at 300k rows on MariaDB, for no time gained.
 */
export const BATCHES_AHEAD = 1

// Beside this module once built: from the bundle (dist/cli.js) it is the worker's own bundle, dist/import-worker.js;
// from dist/src/sources, tsc's output. Under ts-jest there is none and the import runs in one thread, as it does
// for readers that are not files.
const SCRIPT = join(__dirname, 'import-worker.js')

/** Whether a worker thread can prepare the batches (the built tool); otherwise they are prepared in this thread. */
export function workerAvailable(): boolean {
  return existsSync(SCRIPT)
}

// Explicit limits make V8 grow the worker's heap as it needs rather than as the machine allows (measured:
// about 90 MB less at peak); the old generation's cap is far above what a batch of even very wide rows holds.
const startWorker = () => new Worker(SCRIPT, {resourceLimits: {maxOldGenerationSizeMb: 1024, maxYoungGenerationSizeMb: 16}})

/** A worker started ahead of its job (see `warmImportWorker`), until an import takes it. */
let warm: Worker | undefined

/**
 * Start the import's worker thread ahead, while this thread still checks the file and readies the
 * store: the thread's start, its modules and `register`'s look-ups (its spec's `prepare`) take about
 * 0.2–0.25 s, which otherwise come before the first row. It does not keep the process alive, and
 * the next `workerBatches` takes it; one that stopped is not taken.
 */
export function warmImportWorker(register?: string): void {
  if (warm || !workerAvailable()) return
  const worker = (warm = startWorker())
  worker.unref()
  if (register) worker.postMessage({type: 'warm', register} satisfies ToWorker)
  // Until taken, a worker that fails only stops being the warm one; the import then starts its own.
  const drop = () => {
    if (warm === worker) warm = undefined
  }
  worker.once('error', drop)
  worker.once('exit', drop)
}

/**
 * Read, validate and hash a register file in a worker thread while this thread writes: the worker
 * stays at most BATCHES_AHEAD batches ahead and is ended however the import ends. `meanwhile` runs
 * once the worker has its job, in the time this thread would otherwise wait for the first batch.
 */
export async function* workerBatches(
  source: WorkerSource,
  batchSize: number,
  progress: ReadProgress,
  meanwhile?: () => void,
): AsyncGenerator<PreparedBatch> {
  const job: WorkerJob = {...source, batchSize, aliases: localAliases(), lang: currentLang()}
  const worker = warm ?? startWorker()
  warm = undefined
  worker.ref()
  worker.postMessage({type: 'job', job} satisfies ToWorker)
  meanwhile?.()
  type Event = WorkerMessage | {type: 'error'; error: Error} | {type: 'exit'; code: number}
  const queue: Event[] = []
  const asked = new Map<number, {ok: (d: RowDetails) => void; fail: (e: Error) => void}>()
  let wake: (() => void) | undefined
  const push = (m: Event) => {
    if (m.type === 'details') {
      asked.get(m.id)?.ok({values: m.values, raws: m.raws})
      asked.delete(m.id)
      return
    }
    // A worker that stopped answers nothing more: whoever waits on it hears why.
    if (m.type === 'error' || m.type === 'exit') {
      for (const a of asked.values())
        a.fail(m.type === 'error' ? m.error : new Error(`the import's worker thread stopped (exit code ${m.code})`))
      asked.clear()
    }
    queue.push(m)
    wake?.()
  }
  let ids = 0
  const details = (seq: number) => (rows: number[]) =>
    new Promise<RowDetails>((ok, fail) => {
      const id = ++ids
      asked.set(id, {ok, fail})
      worker.postMessage({type: 'details', id, seq, rows} satisfies WriterMessage)
    })
  worker.on('message', (m: WorkerMessage) => push(m))
  worker.on('error', (error) => push({type: 'error', error}))
  worker.on('exit', (code) => push({type: 'exit', code}))
  try {
    for (;;) {
      while (queue.length === 0) await new Promise<void>((ok) => (wake = ok))
      wake = undefined
      const m = queue.shift()!
      if (m.type === 'batch') {
        progress.read = m.read
        worker.postMessage({type: 'more'} satisfies WriterMessage)
        yield {...m.batch, details: details(m.seq)}
      } else if (m.type === 'done') {
        progress.read = m.read
        return
      } else if (m.type === 'failed') {
        progress.read = m.read
        // A problem meant for a person (a mapping that does not load) keeps its exit code and fix.
        throw m.user ? new UserError(m.message, m.user.exit, m.user.fix) : new Error(m.message)
      } else if (m.type === 'error') throw m.error
      else if (m.type === 'exit') throw new Error(`the import's worker thread stopped unexpectedly (exit code ${m.code})`)
    }
  } finally {
    await worker.terminate()
  }
}

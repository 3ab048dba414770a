import {existsSync} from 'node:fs'
import {join} from 'node:path'
import {Worker} from 'node:worker_threads'
import {PreparedBatch, ReadProgress} from './prepare-batches'
import {localAliases} from './regions'

/** A register file the import's worker thread can open and read by itself. */
export interface FileRows {
  kind: 'csv' | 'jsonl'
  /** Absolute path. */
  file: string
  /** The field each CSV column holds (null: a column the register does not use), as the header was mapped. */
  columns?: (string | null)[]
}

/** What the worker sends: a batch, the end, or why it stopped. */
export type WorkerMessage =
  {type: 'batch'; batch: PreparedBatch; read: number} | {type: 'done'; read: number} | {type: 'failed'; message: string; read: number}

/** What a worker is started with. */
export interface WorkerJob extends FileRows {
  register: string
  batchSize: number
  aliases: ReturnType<typeof localAliases>
}

/** Batches the worker may have ready beyond the one being written: enough to keep both threads busy, few enough to keep memory flat. */
export const BATCHES_AHEAD = 2

// Built only as JavaScript: under ts-jest the import runs in one thread, as it does for readers that are not files.
const SCRIPT = join(__dirname, 'import-worker.js')

/** Whether a worker thread can prepare the batches (the built tool); otherwise they are prepared in this thread. */
export function workerAvailable(): boolean {
  return existsSync(SCRIPT)
}

/**
 * Read, validate and hash a register file in a worker thread while this thread writes: the worker
 * stays at most BATCHES_AHEAD batches ahead and is ended however the import ends.
 */
export async function* workerBatches(
  register: string,
  rows: FileRows,
  batchSize: number,
  progress: ReadProgress,
): AsyncGenerator<PreparedBatch> {
  const job: WorkerJob = {...rows, register, batchSize, aliases: localAliases()}
  const worker = new Worker(SCRIPT, {workerData: job})
  const queue: (WorkerMessage | {type: 'error'; error: Error} | {type: 'exit'; code: number})[] = []
  let wake: (() => void) | undefined
  const push = (m: (typeof queue)[number]) => {
    queue.push(m)
    wake?.()
  }
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
        worker.postMessage('more')
        yield m.batch
      } else if (m.type === 'done') {
        progress.read = m.read
        return
      } else if (m.type === 'failed') {
        progress.read = m.read
        throw new Error(m.message)
      } else if (m.type === 'error') throw m.error
      else throw new Error(`the import's worker thread stopped unexpectedly (exit code ${m.code})`)
    }
  } finally {
    await worker.terminate()
  }
}

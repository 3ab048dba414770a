import {parentPort, workerData} from 'node:worker_threads'
import {csvRows} from './csv'
import {REGISTERS} from './import-file'
import {jsonlRows} from './jsonl'
import {prepareBatches, ReadProgress} from './prepare-batches'
import {setLocalAliases} from './regions'
import {BATCHES_AHEAD, WorkerJob, WorkerMessage} from './worker-batches'

/** The import's worker thread: reads a register file, validates and hashes its rows, hands batches to the writer. */
async function main(job: WorkerJob): Promise<void> {
  const port = parentPort!
  let credits = BATCHES_AHEAD
  let wake: (() => void) | undefined
  port.on('message', () => {
    credits++
    wake?.()
  })
  const send = (m: WorkerMessage) => port.postMessage(m)
  const progress: ReadProgress = {read: 0}
  try {
    setLocalAliases(job.aliases)
    const spec = Object.values(REGISTERS).find((r) => r.spec.register === job.register)?.spec
    if (!spec) throw new Error(`no register ${job.register}`)
    const rows = job.kind === 'csv' ? csvRows(job.file, job.columns!) : jsonlRows(job.file)
    for await (const batch of prepareBatches(spec, rows, job.batchSize, progress)) {
      while (credits === 0) await new Promise<void>((ok) => (wake = ok))
      credits--
      send({type: 'batch', batch, read: progress.read})
    }
    send({type: 'done', read: progress.read})
  } catch (error) {
    send({type: 'failed', message: (error as Error).message ?? String(error), read: progress.read})
  }
}

void main(workerData as WorkerJob)

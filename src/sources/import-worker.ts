import {parentPort} from 'node:worker_threads'
import {setLang} from '../i18n'
import {dialectNamed} from '../store/dialect'
import {csvRows} from './csv'
import {REGISTERS} from './import-file'
import {jsonlRows} from './jsonl'
import {laneAdder, rowEncoder} from './load-batch'
import {PreparedBatch, prepareBatches, ReadProgress} from './prepare-batches'
import {setLocalAliases} from './regions'
import {BATCHES_AHEAD, ToWorker, WorkerJob, WorkerMessage, WriterMessage} from './worker-batches'

/** Batches whose details are kept for the writer: the one it writes and those it may already hold. */
const KEPT = BATCHES_AHEAD + 2

/**
 * The import's worker thread: reads a register file, validates and hashes its rows, and hands batches
 * to the writer, keeping what only updates and rejects need until the writer asks for it.
 */
async function main(job: WorkerJob): Promise<void> {
  const port = parentPort!
  setLang(job.lang)
  let credits = BATCHES_AHEAD
  let wake: (() => void) | undefined
  const kept = new Map<number, PreparedBatch>()
  const send = (m: WorkerMessage) => port.postMessage(m)
  port.on('message', (m: WriterMessage) => {
    if (m.type === 'more') {
      credits++
      wake?.()
      return
    }
    const b = kept.get(m.seq)
    if (!b) throw new Error(`the writer asked for batch ${m.seq}, which the worker no longer keeps`)
    send({
      type: 'details',
      id: m.id,
      values: m.rows.map((i) => b.values![i]),
      raws: m.rows.map((i) => b.raws![i]),
    })
  })
  const progress: ReadProgress = {read: 0}
  let seq = 0
  try {
    setLang(job.lang)
    setLocalAliases(job.aliases)
    const spec = Object.values(REGISTERS).find((r) => r.spec.register === job.register)?.spec
    if (!spec) throw new Error(`no register ${job.register}`)
    const rows = job.kind === 'csv' ? csvRows(job.file, job.columns!) : jsonlRows(job.file)
    const dialect = dialectNamed(job.dialect)
    const encode = rowEncoder(dialect, job.importId, job.source, job.bulk)
    const lanes = job.lanes && laneAdder(dialect, job.lanes, job.importId, job.source)
    for await (const batch of prepareBatches(spec, rows, job.batchSize, progress, encode, job.limits, lanes)) {
      while (credits === 0) await new Promise<void>((ok) => (wake = ok))
      credits--
      kept.set(++seq, batch)
      kept.delete(seq - KEPT)
      const {fields, rowNos, keys, hashes, literals, rejects, lanes: rowLanes} = batch
      send({
        type: 'batch',
        seq,
        batch: {fields, rowNos, keys, hashes, literals, rejects, lanes: rowLanes, values: literals ? undefined : batch.values},
        read: progress.read,
      })
    }
    send({type: 'done', read: progress.read})
  } catch (error) {
    send({type: 'failed', message: (error as Error).message ?? String(error), read: progress.read})
  }
}

// The job comes as the first message: the thread may be started before the import knows it (warmImportWorker).
parentPort!.once('message', (m: ToWorker) => {
  if (m.type === 'job') void main(m.job)
})

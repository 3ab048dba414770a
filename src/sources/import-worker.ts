import {parentPort} from 'node:worker_threads'
import {UserError} from '../errors'
import {setLang} from '../i18n'
import {rowFormsNamed} from '../store/dialect/row-forms'
import {CsvPassages, csvRows} from './csv'
import {jsonlRows} from './jsonl'
import {laneAdder, rowEncoder} from './load-batch'
import {PreparedBatch, prepareBatches, ReadProgress} from './prepare-batches'
import {setLocalAliases} from './regions'
import {RawRow, RegisterSpec} from './register-spec'
import {registerSpec} from './register-specs'
import {BATCHES_AHEAD, ToWorker, WorkerJob, WorkerMessage, WriterMessage} from './worker-batches'

/** Batches whose details are kept for the writer: the one it writes and those it may already hold. */
const KEPT = BATCHES_AHEAD + 2

/**
 * What the worker keeps of a batch it sent: the good rows' numbers, and the rows as read where the
 * reader cannot give them back; `mark` is how many passages the CSV reader had parsed when it was sent.
 */
interface KeptBatch {
  rowNos: number[]
  raws?: PreparedBatch['raws']
  mark: number
}

/**
 * The import's worker thread: reads a register file, validates and hashes its rows, and hands batches
 * to the writer. What only updates and rejects need (a row's values, the row as read) is not kept row
 * by row: a CSV row is parsed and validated again when the writer asks for it.
 */
async function main(job: WorkerJob): Promise<void> {
  const port = parentPort!
  setLang(job.lang)
  let credits = BATCHES_AHEAD
  let wake: (() => void) | undefined
  const kept = new Map<number, KeptBatch>()
  const passages = job.kind === 'csv' ? new CsvPassages(job.columns!) : undefined
  let spec: RegisterSpec<Record<string, unknown>> | undefined
  const send = (m: WorkerMessage) => port.postMessage(m)
  port.on('message', (m: WriterMessage) => {
    if (m.type === 'more') {
      credits++
      wake?.()
      return
    }
    const b = kept.get(m.seq)
    if (!b || !spec) throw new Error(`the writer asked for batch ${m.seq}, which the worker no longer keeps`)
    const rowNos = m.rows.map((i) => b.rowNos[i])
    const raws = b.raws ? m.rows.map((i) => b.raws![i]) : passages!.rows(rowNos)
    send({type: 'details', id: m.id, values: valuesOf(spec, raws, rowNos), raws})
  })
  const progress: ReadProgress = {read: 0}
  let seq = 0
  try {
    setLocalAliases(job.aliases)
    spec = registerSpec(job.register)
    if (!spec) throw new Error(`no register ${job.register}`)
    const rows = job.kind === 'csv' ? csvRows(job.file, job.columns!, undefined, passages) : jsonlRows(job.file)
    const forms = rowFormsNamed(job.dialect)
    const encode = rowEncoder(forms, job.importId, job.source, job.bulk)
    const lanes = job.lanes && laneAdder(forms, job.lanes, job.importId, job.source)
    const keep = {values: false, raws: !passages}
    for await (const batch of prepareBatches(spec, rows, job.batchSize, progress, {encode, limits: job.limits, lanes, keep})) {
      while (credits === 0) await new Promise<void>((ok) => (wake = ok))
      credits--
      kept.set(++seq, {rowNos: batch.rowNos, raws: batch.raws, mark: passages?.added ?? 0})
      const gone = kept.get(seq - KEPT)
      kept.delete(seq - KEPT)
      // The oldest batch still kept starts in the passage that was the newest when the one before it was sent.
      if (gone) passages?.forget(gone.mark - 1)
      const {fields, rowNos, keys, hashes, texts, rejects, lanes: rowLanes, values} = batch
      // The rows' texts move to the writer rather than being copied (see RowTexts).
      port.postMessage(
        {
          type: 'batch',
          seq,
          batch: {fields, rowNos, keys, hashes, texts, rejects, lanes: rowLanes, values},
          read: progress.read,
        } satisfies WorkerMessage,
        texts ? [texts.bytes.buffer as ArrayBuffer] : [],
      )
    }
    send({type: 'done', read: progress.read})
  } catch (error) {
    const user = error instanceof UserError ? {exit: error.exit, fix: error.fix} : undefined
    send({type: 'failed', message: (error as Error).message ?? String(error), read: progress.read, user})
  }
}

/** Good rows' values, validated again from the rows as read (validation depends on nothing but the row and the import's look-ups). */
function valuesOf(spec: RegisterSpec<Record<string, unknown>>, raws: RawRow['raw'][], rowNos: number[]): unknown[][] {
  return raws.map((raw, k) => {
    const {record} = spec.validate(raw, rowNos[k])
    if (!record) throw new Error(`row ${rowNos[k]} no longer validates as it did when it was read`)
    return Object.values(record)
  })
}

/**
 * A register's look-ups built before its job comes (the main thread is still checking the file and the
 * store). A failure here is left for the job's own `prepare` to meet and report, in the run's language.
 */
function warmUp(register: string): void {
  try {
    registerSpec(register)?.prepare?.()
  } catch {
    // reported by the job
  }
}

// The thread may be started before the import knows its job (warmImportWorker): the register may come
// first, then the job, whose own messages main() listens for.
const first = (m: ToWorker) => {
  if (m.type === 'warm') warmUp(m.register)
  else if (m.type === 'job') {
    parentPort!.off('message', first)
    void main(m.job)
  }
}
parentPort!.on('message', first)

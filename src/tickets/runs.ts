import {Knex} from 'knex'
import {getMeta, setMeta} from '../store/meta'
import {ArchiveFormat} from './record'
import {ChannelTally, MonthFile} from './month-file'
import {StoreSignature} from './read'

/** The meta key naming the archive export made last: the one `isArchiveVerified` speaks about. */
export const LATEST_RUN_KEY = 'tickets.archive_run'

export interface ArchiveRun {
  id: number
  out_dir: string
  format: ArchiveFormat
  include_confidential: boolean
  signature_rows: number
  signature_sha256: string
  status: 'running' | 'complete'
  actor: string
  started_at: string
  finished_at: string | null
  manifest_sha256: string | null
  verified_at: string | null
  verified_signature: string | null
  /** The tickets change counter when it was verified. */
  verified_tickets_change: number | null
}

function toRun(r: any): ArchiveRun {
  return {
    ...r,
    id: Number(r.id),
    include_confidential: r.include_confidential === true || Number(r.include_confidential) === 1,
    signature_rows: Number(r.signature_rows),
    verified_tickets_change:
      r.verified_tickets_change === null || r.verified_tickets_change === undefined ? null : Number(r.verified_tickets_change),
  }
}

export async function getRun(knex: Knex, id: number): Promise<ArchiveRun | undefined> {
  const r = await knex('archive_runs').where({id}).first()
  return r ? toRun(r) : undefined
}

/** The newest export into `outDir` with these options over this very store content: the one to resume. */
export async function findSameRun(
  knex: Knex,
  outDir: string,
  format: ArchiveFormat,
  includeConfidential: boolean,
  sig: StoreSignature,
): Promise<ArchiveRun | undefined> {
  const r = await knex('archive_runs')
    .where({out_dir: outDir, format, include_confidential: includeConfidential, signature_sha256: sig.sha256, signature_rows: sig.rows})
    .orderBy('id', 'desc')
    .first()
  return r ? toRun(r) : undefined
}

/** The newest export into `outDir`, whatever its options. */
export async function latestRunIn(knex: Knex, outDir: string): Promise<ArchiveRun | undefined> {
  const r = await knex('archive_runs').where({out_dir: outDir}).orderBy('id', 'desc').first()
  return r ? toRun(r) : undefined
}

export async function latestRun(knex: Knex): Promise<ArchiveRun | undefined> {
  const id = await getMeta(knex, LATEST_RUN_KEY)
  return id ? getRun(knex, Number(id)) : undefined
}

export async function setLatestRun(trx: Knex, id: number): Promise<void> {
  await setMeta(trx, LATEST_RUN_KEY, String(id))
}

export interface DoneMonth {
  period: string
  file: string
  rows: number
  bytes: number
  sha256: string
  channels: ChannelTally[]
}

/** Months of a run already written whole, keyed by period. */
export async function doneMonths(knex: Knex, runId: number): Promise<Map<string, DoneMonth>> {
  const rows = await knex('archive_files').where({run_id: runId}).orderBy('period')
  return new Map(
    rows.map((r: any) => [
      r.period,
      {period: r.period, file: r.file, rows: Number(r.rows), bytes: Number(r.bytes), sha256: r.sha256, channels: JSON.parse(r.counts)},
    ]),
  )
}

export async function recordMonth(trx: Knex, runId: number, file: string, m: MonthFile, at: string): Promise<void> {
  await trx('archive_files').where({run_id: runId, period: m.period}).delete()
  await trx('archive_files').insert({
    run_id: runId,
    period: m.period,
    file,
    rows: m.rows,
    bytes: m.bytes,
    sha256: m.sha256,
    counts: JSON.stringify(m.channels),
    finished_at: at,
  })
}

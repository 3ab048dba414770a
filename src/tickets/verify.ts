import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {VerificationError} from '../errors'
import {msg} from '../i18n'
import {changeCounters} from '../store/changes'
import {Store} from '../store/store'
import {fileDigest} from '../util/hash'
import {nowIso} from '../util/time'
import {ChannelTally} from './month-file'
import {ArchiveManifest, MANIFEST, parseSums, SUMS} from './manifest'
import {sourceCounts, storeSignature} from './read'
import {locateArchive} from './locate'
import {DoneMonth, doneMonths, latestRunIn} from './runs'
import {checkMonthRows} from './archive-rows'

export interface ArchiveVerification {
  ok: boolean
  out_dir: string
  files: number
  rows: number
  problems: string[]
}

function readManifest(out: string): ArchiveManifest | string {
  const path = join(out, MANIFEST)
  if (!existsSync(path)) return msg().ledger.manifestMissing({file: MANIFEST})
  try {
    return JSON.parse(readFileSync(path, 'utf8'))
  } catch {
    return msg().ledger.manifestInvalid({file: MANIFEST})
  }
}

async function failed(
  store: Store,
  out: string,
  problems: string[],
  counts: {files: number; rows: number},
  runId: number | null,
): Promise<never> {
  await store.audit('tickets.verify_failed', {run: runId, out_dir: out, ...counts, problems})
  throw new VerificationError(msg().ledger.archiveFailed({dir: out, problems}), {
    ok: false,
    out_dir: out,
    ...counts,
    problems,
  })
}

/**
 * Re-read an archive: every file's checksum and size against manifest.json, SHA256SUMS and the checksum the
 * store recorded when the file was written, every row against the store's (see archive-rows.ts), its rows
 * per month and channel recounted against the store, and the balance source = exported + excluded. Throws
 * VerificationError (exit 4) listing every problem; on success the export is marked verified.
 */
export async function verifyArchive(store: Store, dir: string): Promise<ArchiveVerification> {
  const out = await locateArchive(store.knex, dir)
  const run = await latestRunIn(store.knex, out)
  const manifest = readManifest(out)
  if (typeof manifest === 'string') return failed(store, out, [manifest], {files: 0, rows: 0}, run?.id ?? null)
  const m = msg().ledger
  const problems: string[] = []
  const sums = existsSync(join(out, SUMS)) ? parseSums(readFileSync(join(out, SUMS), 'utf8')) : undefined
  if (!sums) problems.push(m.sumsMissing({file: SUMS}))
  // What the store recorded when each month file was written: the manifest and SHA256SUMS sit next to the files and can be rewritten with them.
  const written = run ? await doneMonths(store.knex, run.id) : new Map<string, DoneMonth>()

  const fileCounts = new Map<string, Map<string, number>>()
  for (const f of manifest.files) {
    const path = join(out, f.path)
    if (!existsSync(path)) {
      problems.push(m.fileMissing({file: f.path}))
      continue
    }
    const {sha256, bytes} = await fileDigest(path)
    if (sha256 !== f.sha256) problems.push(m.fileVsManifest({file: f.path, what: 'sha256', actual: sha256, manifest: f.sha256}))
    if (bytes !== f.bytes) problems.push(m.fileVsManifest({file: f.path, what: 'bytes', actual: String(bytes), manifest: String(f.bytes)}))
    if (sums && sums.get(f.path) !== f.sha256)
      problems.push(m.sumsVsManifest({file: f.path, sums: sums.get(f.path) ?? '-', manifest: f.sha256}))
    const recorded = written.get(f.period)
    if (!recorded || recorded.file !== f.path) problems.push(m.fileNotRecorded({file: f.path}))
    else if (recorded.sha256 !== sha256) problems.push(m.fileVsStore({file: f.path, sha256, recorded: recorded.sha256}))
    const check = await checkMonthRows(store.knex, f.path, path, f.period, manifest.format, manifest.include_confidential)
    problems.push(...check.problems)
    const rows = [...check.channels.values()].reduce((a, n) => a + n, 0)
    if (rows !== f.rows) problems.push(m.rowsVsManifest({file: f.path, rows, manifest: f.rows}))
    fileCounts.set(f.period, check.channels)
  }
  for (const p of sums?.keys() ?? []) if (!manifest.files.some((f) => f.path === p)) problems.push(m.sumsExtra({file: p}))
  const listed = new Set(manifest.files.map((f) => f.path))
  const dataDir = join(out, 'tickets')
  for (const f of existsSync(dataDir) ? readdirSync(dataDir) : [])
    if (!listed.has(`tickets/${f}`)) problems.push(m.notInManifest({file: `tickets/${f}`}))

  const store_ = await sourceCounts(store.knex)
  const inManifest = new Map<string, ChannelTally>(
    manifest.months.flatMap((mo) => mo.channels.map((c) => [`${mo.period} ${c.channel}`, c] as const)),
  )
  for (const s of store_) {
    const key = `${s.period} ${s.channel}`
    const c = inManifest.get(key)
    inManifest.delete(key)
    if (!c) {
      problems.push(m.storeNone({key, rows: s.rows}))
      continue
    }
    const inFile = fileCounts.get(s.period)?.get(s.channel) ?? 0
    if (c.source !== s.rows) problems.push(m.sourceDiffers({key, rows: s.rows, manifest: c.source}))
    if (inFile !== c.exported) problems.push(m.exportedDiffers({key, rows: inFile, manifest: c.exported}))
    if (s.rows !== inFile + c.excluded) problems.push(m.unbalanced({key, rows: s.rows, file: inFile, excluded: c.excluded}))
  }
  for (const [key, c] of inManifest) problems.push(m.manifestOnly({key, rows: c.source}))
  const sig = await storeSignature(store.knex)
  if (sig.sha256 !== manifest.store_signature?.sha256)
    problems.push(m.storeChanged({now: sig.sha256.slice(0, 12), manifest: String(manifest.store_signature?.sha256).slice(0, 12)}))

  const result: ArchiveVerification = {
    ok: problems.length === 0,
    out_dir: out,
    files: manifest.files.length,
    rows: manifest.totals?.rows ?? 0,
    problems,
  }
  if (!result.ok) return failed(store, out, problems, {files: result.files, rows: result.rows}, run?.id ?? null)
  const manifestSha = (await fileDigest(join(out, MANIFEST))).sha256
  // Only the export that wrote this very manifest can count as verified for isArchiveVerified.
  const marks = run && run.status === 'complete' && run.manifest_sha256 === manifestSha
  await store.knex.transaction(async (trx) => {
    // The tickets change counter the archive was verified at: while it stands, the archive describes the store.
    const {tickets} = await changeCounters(trx, ['tickets'])
    if (marks)
      await trx('archive_runs')
        .where({id: run.id})
        .update({verified_at: nowIso(), verified_signature: sig.sha256, verified_tickets_change: tickets})
    await store.audit(
      'tickets.verified',
      {run: run?.id ?? null, out_dir: out, files: result.files, rows: result.rows, marked_verified: Boolean(marks)},
      trx,
    )
  })
  return result
}

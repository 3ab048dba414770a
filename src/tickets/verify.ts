import {createReadStream, existsSync, readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {createInterface} from 'node:readline'
import {parse} from 'csv-parse'
import {VerificationError} from '../errors'
import {changeCounters} from '../store/changes'
import {Store} from '../store/store'
import {fileDigest} from '../util/hash'
import {nowIso} from '../util/time'
import {ChannelTally} from './month-file'
import {ArchiveManifest, MANIFEST, parseSums, SUMS} from './manifest'
import {sourceCounts, storeSignature} from './read'
import {locateArchive} from './locate'
import {latestRunIn} from './runs'

export interface ArchiveVerification {
  ok: boolean
  out_dir: string
  files: number
  rows: number
  problems: string[]
}

/** Rows per channel in one archive file, read back the way a consumer would read it. */
async function countByChannel(path: string, format: string): Promise<Map<string, number>> {
  const counts = new Map<string, number>()
  const add = (channel: unknown) => counts.set(String(channel), (counts.get(String(channel)) ?? 0) + 1)
  if (format === 'csv') {
    for await (const rec of createReadStream(path).pipe(parse({columns: true}))) add((rec as Record<string, string>).channel)
    return counts
  }
  for await (const line of createInterface({input: createReadStream(path), crlfDelay: Infinity})) {
    if (line) add(JSON.parse(line).channel)
  }
  return counts
}

function readManifest(out: string): ArchiveManifest | string {
  const path = join(out, MANIFEST)
  if (!existsSync(path)) return `${MANIFEST} is missing: not a finished ticket archive`
  try {
    return JSON.parse(readFileSync(path, 'utf8'))
  } catch (error) {
    return `${MANIFEST} is not valid JSON: ${(error as Error).message}`
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
  throw new VerificationError(`the ticket archive in ${out} does not verify:\n  ${problems.join('\n  ')}`, {
    ok: false,
    out_dir: out,
    ...counts,
    problems,
  })
}

/**
 * Re-read an archive: every file's checksum and size against manifest.json and SHA256SUMS, its rows per
 * month and channel recounted against the store, and the balance source = exported + excluded. Throws
 * VerificationError (exit 4) listing every problem; on success the export is marked verified.
 */
export async function verifyArchive(store: Store, dir: string): Promise<ArchiveVerification> {
  const out = await locateArchive(store.knex, dir)
  const run = await latestRunIn(store.knex, out)
  const manifest = readManifest(out)
  if (typeof manifest === 'string') return failed(store, out, [manifest], {files: 0, rows: 0}, run?.id ?? null)
  const problems: string[] = []
  const sums = existsSync(join(out, SUMS)) ? parseSums(readFileSync(join(out, SUMS), 'utf8')) : undefined
  if (!sums) problems.push(`${SUMS} is missing`)

  const fileCounts = new Map<string, Map<string, number>>()
  for (const f of manifest.files) {
    const path = join(out, f.path)
    if (!existsSync(path)) {
      problems.push(`${f.path}: file is missing`)
      continue
    }
    const {sha256, bytes} = await fileDigest(path)
    if (sha256 !== f.sha256) problems.push(`${f.path}: sha256 is ${sha256}, manifest says ${f.sha256}`)
    if (bytes !== f.bytes) problems.push(`${f.path}: ${bytes} bytes, manifest says ${f.bytes}`)
    if (sums && sums.get(f.path) !== f.sha256)
      problems.push(`${f.path}: ${SUMS} says ${sums.get(f.path) ?? 'nothing'}, manifest says ${f.sha256}`)
    const counts = await countByChannel(path, manifest.format)
    const rows = [...counts.values()].reduce((a, n) => a + n, 0)
    if (rows !== f.rows) problems.push(`${f.path}: ${rows} rows, manifest says ${f.rows}`)
    fileCounts.set(f.period, counts)
  }
  for (const p of sums?.keys() ?? [])
    if (!manifest.files.some((f) => f.path === p)) problems.push(`${SUMS} lists ${p}, which the manifest does not`)
  const listed = new Set(manifest.files.map((f) => f.path))
  const dataDir = join(out, 'tickets')
  for (const f of existsSync(dataDir) ? readdirSync(dataDir) : [])
    if (!listed.has(`tickets/${f}`)) problems.push(`tickets/${f}: not in the manifest`)

  const store_ = await sourceCounts(store.knex)
  const inManifest = new Map<string, ChannelTally>(
    manifest.months.flatMap((m) => m.channels.map((c) => [`${m.period} ${c.channel}`, c] as const)),
  )
  for (const s of store_) {
    const key = `${s.period} ${s.channel}`
    const c = inManifest.get(key)
    inManifest.delete(key)
    if (!c) {
      problems.push(`${key}: the store holds ${s.rows} tickets, the manifest none`)
      continue
    }
    const inFile = fileCounts.get(s.period)?.get(s.channel) ?? 0
    if (c.source !== s.rows) problems.push(`${key}: the store holds ${s.rows} tickets, the manifest's source says ${c.source}`)
    if (inFile !== c.exported) problems.push(`${key}: the file holds ${inFile} rows, the manifest's exported says ${c.exported}`)
    if (s.rows !== inFile + c.excluded) problems.push(`${key}: store ${s.rows} ≠ file ${inFile} + excluded ${c.excluded}`)
  }
  for (const [key, c] of inManifest) problems.push(`${key}: the manifest counts ${c.source} tickets, the store holds none`)
  const sig = await storeSignature(store.knex)
  if (sig.sha256 !== manifest.store_signature?.sha256)
    problems.push(
      `the store's tickets changed since the archive was made (signature ${sig.sha256.slice(0, 12)}…, manifest ${String(manifest.store_signature?.sha256).slice(0, 12)}…): export again`,
    )

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

import {existsSync, mkdirSync, readdirSync, rmSync} from 'node:fs'
import {join} from 'node:path'
import {recordArtifact} from '../audit/artifacts'
import {InputError, VerificationError} from '../errors'
import {Store} from '../store/store'
import {fileDigest} from '../util/hash'
import {checkOutDir} from '../util/out-file'
import {nowIso} from '../util/time'
import {ArchiveManifest, buildManifest, MANIFEST, SUMS, unbalanced, writeManifestAndSums} from './manifest'
import {writeMonthFile} from './month-file'
import {SourceCount, sourceCounts, storeSignature} from './read'
import {ArchiveFormat} from './record'
import {ArchiveRun, doneMonths, findSameRun, getRun, latestRunIn, recordMonth, setLatestRun} from './runs'
import {msg} from '../i18n'

export interface ExportOptions {
  out: string
  format: ArchiveFormat
  /** Confidential complaints go out whole only when a person confirmed it: at a prompt, or with --yes. */
  includeConfidential: false | {confirmedBy: 'prompt' | '--yes'}
  /** Replace the files of a different export already in `out`. */
  force: boolean
  progress?: (message: string) => void
}

export interface ExportResult {
  out_dir: string
  run_id: number
  resumed: boolean
  months_written: string[]
  months_kept: string[]
  manifest: string
  totals: ArchiveManifest['totals']
}

/** Archive data files of any export, and their temp files: what an export may replace in its own folder. */
const OWN_FILE = /^\d{4}-\d{2}\.(jsonl|csv)(\.tmp)?$/

function monthFile(period: string, format: ArchiveFormat): string {
  return `tickets/${period}.${format}`
}

/** Remove archive files in `out` that this export will not write (another month set, format or a temp file), and forget their artifacts. */
async function removeStrayFiles(store: Store, out: string, keep: Set<string>, all: boolean): Promise<void> {
  const dir = join(out, 'tickets')
  const stray = existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => OWN_FILE.test(f) && !keep.has(`tickets/${f}`))
        .map((f) => join(dir, f))
    : []
  if (all) stray.push(...[MANIFEST, SUMS].map((f) => join(out, f)).filter((p) => existsSync(p)))
  for (const path of stray) {
    rmSync(path, {force: true})
    if (path.endsWith('.tmp')) continue
    await store.knex.transaction(async (trx) => {
      const n = await trx('artifacts').where({path}).delete()
      if (n) await store.audit('tickets.archive_file_removed', {path}, trx)
    })
  }
}

async function startRun(
  store: Store,
  out: string,
  opts: ExportOptions,
  sig: {rows: number; sha256: string},
): Promise<{run: ArchiveRun; resumed: boolean}> {
  const includeConfidential = opts.includeConfidential !== false
  const same = await findSameRun(store.knex, out, opts.format, includeConfidential, sig)
  if (same) return {run: same, resumed: true}
  const occupied = existsSync(out) && readdirSync(out).length > 0
  if (occupied && !opts.force) {
    const other = await latestRunIn(store.knex, out)
    const what = other
      ? `export #${other.id} (${other.format}${other.include_confidential ? ', with confidential data' : ''}, ${other.status}, made from ${other.signature_rows} tickets${other.signature_sha256 === sig.sha256 ? '' : ' as the store stood then'})`
      : 'files this store did not export'
    throw new InputError(
      `--out ${out} is not empty: it holds ${what}`,
      "choose an empty folder, or add --force to replace that export's archive files",
    )
  }
  const id = await store.knex.transaction(async (trx) => {
    const [runId] = await trx('archive_runs').insert({
      out_dir: out,
      format: opts.format,
      include_confidential: includeConfidential,
      signature_rows: sig.rows,
      signature_sha256: sig.sha256,
      status: 'running',
      actor: store.actor,
      started_at: nowIso(),
    })
    await store.audit(
      'tickets.export_started',
      {
        run: Number(runId),
        out_dir: out,
        format: opts.format,
        include_confidential: includeConfidential,
        replaces_existing: occupied,
        store_signature: sig,
      },
      trx,
    )
    return Number(runId)
  })
  if (occupied) await removeStrayFiles(store, out, new Set(), true)
  return {run: (await getRun(store.knex, id))!, resumed: false}
}

function periodsOf(source: SourceCount[]): string[] {
  return [...new Set(source.map((s) => s.period))]
}

/**
 * Export the store's tickets to `out`: one file per month, manifest.json and SHA256SUMS. Rerun after an
 * interruption it resumes: whole months whose file still hashes as recorded are kept, the rest rewritten.
 */
export async function exportArchive(store: Store, opts: ExportOptions): Promise<ExportResult> {
  const progress = opts.progress ?? (() => {})
  const out = checkOutDir(opts.out)
  const includeConfidential = opts.includeConfidential !== false
  const sig = await storeSignature(store.knex)
  const {run, resumed} = await startRun(store, out, opts, sig)
  await store.knex.transaction(async (trx) => {
    await trx('archive_runs').where({id: run.id}).update({verified_at: null, verified_signature: null})
    await setLatestRun(trx, run.id)
    if (opts.includeConfidential !== false) {
      await store.audit(
        'tickets.confidential_included',
        {run: run.id, out_dir: out, confirmed_by: opts.includeConfidential.confirmedBy},
        trx,
      )
    }
  })
  if (resumed) progress(msg().steps.ticketsResumed({id: run.id, out}))
  mkdirSync(join(out, 'tickets'), {recursive: true})

  const source = await sourceCounts(store.knex)
  const periods = periodsOf(source)
  await removeStrayFiles(store, out, new Set(periods.map((p) => monthFile(p, opts.format))), false)
  const done = await doneMonths(store.knex, run.id)
  const written: string[] = []
  const kept: string[] = []
  for (const period of periods) {
    const file = monthFile(period, opts.format)
    const path = join(out, file)
    const prior = done.get(period)
    if (prior && existsSync(path) && (await fileDigest(path)).sha256 === prior.sha256) {
      kept.push(period)
      continue
    }
    progress(msg().steps.ticketsWriting({period, file}))
    const month = await writeMonthFile(store.knex, period, path, opts.format, includeConfidential)
    for (const s of source.filter((x) => x.period === period)) {
      const t = month.channels.find((c) => c.channel === s.channel)
      if (t?.source !== s.rows)
        throw new VerificationError(
          `${file}: the store holds ${s.rows} ${s.channel} tickets for ${period} but ${t?.source ?? 0} were read; the store changed during the export`,
          {period, channel: s.channel},
        )
    }
    await store.knex.transaction(async (trx) => recordMonth(trx, run.id, file, month, nowIso()))
    done.set(period, {...month, file})
    written.push(period)
  }

  const manifest = buildManifest({
    format: opts.format,
    includeConfidential,
    signature: sig,
    generatedAt: nowIso(),
    months: periods.map((p) => done.get(p)!),
    source,
  })
  const problems = unbalanced(manifest)
  if (problems.length)
    throw new VerificationError(`the archive does not balance against the store:\n  ${problems.join('\n  ')}`, {problems})
  writeManifestAndSums(out, manifest)

  const ctx = {actor: store.actor, command: store.command}
  // Each month's digest was taken from the bytes as they were written (or re-checked when kept on resume).
  for (const f of manifest.files)
    await recordArtifact(store.knex, ctx, 'tickets.archive', join(out, f.path), f.rows, {sha256: f.sha256, bytes: f.bytes})
  await recordArtifact(store.knex, ctx, 'tickets.archive_sums', join(out, SUMS), manifest.files.length)
  const recorded = await recordArtifact(store.knex, ctx, 'tickets.archive_manifest', join(out, MANIFEST))
  await store.knex.transaction(async (trx) => {
    await trx('archive_runs')
      .where({id: run.id})
      .update({status: 'complete', finished_at: manifest.generated_at, manifest_sha256: recorded.sha256})
    await store.audit(
      'tickets.exported',
      {
        run: run.id,
        out_dir: out,
        format: opts.format,
        include_confidential: includeConfidential,
        resumed,
        months_written: written.length,
        months_kept: kept.length,
        totals: manifest.totals,
        manifest_sha256: recorded.sha256,
      },
      trx,
    )
  })
  return {
    out_dir: out,
    run_id: run.id,
    resumed,
    months_written: written,
    months_kept: kept,
    manifest: join(out, MANIFEST),
    totals: manifest.totals,
  }
}

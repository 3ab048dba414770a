import {existsSync} from 'node:fs'
import {dirname, resolve} from 'node:path'
import {Knex} from 'knex'
import {msg} from '../i18n'
import {fileDigest} from '../util/hash'
import {writeAnchor} from './anchor'
import {nowIso} from '../util/time'
import {appendAudit, AuditContext} from './chain'

export interface Artifact {
  id: number
  kind: string
  path: string
  sha256: string
  bytes: number
  rows: number | null
  created_at: string
  actor: string
}

/**
 * Record a file the tool produced, with its checksum, so `audit verify` can re-check it later.
 * A newer file at the same path replaces the older record; the audit log keeps both. A caller that
 * hashed the bytes while writing them may pass that `digest`, sparing a second read of a large file.
 */
export async function recordArtifact(
  knex: Knex,
  ctx: AuditContext,
  kind: string,
  path: string,
  rows: number | null = null,
  digest?: {sha256: string; bytes: number},
): Promise<Artifact> {
  const abs = resolve(path)
  const {sha256, bytes} = digest ?? (await fileDigest(abs))
  const {artifact, entry, store} = await knex.transaction(async (trx) => {
    await trx('artifacts').where({path: abs}).delete()
    const row = {kind, path: abs, sha256, bytes, rows, created_at: nowIso(), actor: ctx.actor}
    const [id] = await trx('artifacts').insert(row)
    const entry = await appendAudit(trx, ctx, 'artifact.recorded', {kind, path: abs, sha256, bytes, rows})
    const first = await trx('audit_log').where({id: 1}).first('hash')
    return {artifact: {id: Number(id), ...row}, entry, store: String(first.hash)}
  })
  if (!UNANCHORED.has(kind)) writeAnchor(dirname(abs), store, {entry: entry.id, hash: entry.hash})
  return artifact
}

/**
 * Files recorded without an anchor beside them: inputs a person supplied (their folder is theirs, often
 * the fixtures), and the archive's month files, whose folder's manifest, recorded after them, carries it.
 */
const UNANCHORED = new Set([
  'tickets.archive',
  'metrics.published_figures',
  'channel_evidence',
  'kms.review_decisions',
  'mappings.region_decisions',
])

export async function listArtifacts(knex: Knex): Promise<Artifact[]> {
  const rows = await knex('artifacts').orderBy('id')
  return rows.map((r: any) => ({...r, bytes: Number(r.bytes), rows: r.rows === null ? null : Number(r.rows)}))
}

/** A file as the chain's own `artifact.recorded` entry describes it: what `audit verify` holds the file against. */
export interface RecordedFile {
  path: string
  kind: string
  sha256: string
  bytes: number
  entry: number
}

export interface ArtifactProblem {
  path: string
  kind: string
  reason: string
}

/** Re-hash every file the chain recorded (the latest record of each path); anything missing or changed is a problem. */
export async function verifyArtifacts(files: Iterable<RecordedFile>): Promise<{checked: number; problems: ArtifactProblem[]}> {
  const m = msg().ledger
  const problems: ArtifactProblem[] = []
  let checked = 0
  for (const f of files) {
    checked++
    if (!existsSync(f.path)) {
      problems.push({path: f.path, kind: f.kind, reason: m.artifactMissing(f)})
      continue
    }
    const {sha256, bytes} = await fileDigest(f.path)
    if (sha256 !== f.sha256)
      problems.push({
        path: f.path,
        kind: f.kind,
        reason: m.artifactChanged({...f, sha256, recorded: f.sha256, bytes, recordedBytes: f.bytes}),
      })
  }
  return {checked, problems}
}

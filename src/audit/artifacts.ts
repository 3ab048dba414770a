import {existsSync} from 'node:fs'
import {resolve} from 'node:path'
import {Knex} from 'knex'
import {fileDigest} from '../util/hash'
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
  return knex.transaction(async (trx) => {
    await trx('artifacts').where({path: abs}).delete()
    const row = {kind, path: abs, sha256, bytes, rows, created_at: nowIso(), actor: ctx.actor}
    const [id] = await trx('artifacts').insert(row)
    await appendAudit(trx, ctx, 'artifact.recorded', {kind, path: abs, sha256, bytes, rows})
    return {id: Number(id), ...row}
  })
}

export async function listArtifacts(knex: Knex): Promise<Artifact[]> {
  const rows = await knex('artifacts').orderBy('id')
  return rows.map((r: any) => ({...r, bytes: Number(r.bytes), rows: r.rows === null ? null : Number(r.rows)}))
}

export interface ArtifactProblem {
  path: string
  kind: string
  reason: string
}

/** Re-hash every recorded artifact; anything missing or changed is a problem. */
export async function verifyArtifacts(knex: Knex): Promise<{checked: number; problems: ArtifactProblem[]}> {
  const problems: ArtifactProblem[] = []
  const artifacts = await listArtifacts(knex)
  for (const a of artifacts) {
    if (!existsSync(a.path)) {
      problems.push({path: a.path, kind: a.kind, reason: 'file is missing'})
      continue
    }
    const {sha256, bytes} = await fileDigest(a.path)
    if (sha256 !== a.sha256)
      problems.push({
        path: a.path,
        kind: a.kind,
        reason: `sha256 is ${sha256}, recorded ${a.sha256}${bytes === a.bytes ? '' : ` (size ${bytes}, recorded ${a.bytes})`}`,
      })
  }
  return {checked: artifacts.length, problems}
}

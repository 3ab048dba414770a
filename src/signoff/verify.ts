import {existsSync} from 'node:fs'
import {Knex} from 'knex'
import {inLang, msg} from '../i18n'
import {fileDigest} from '../util/hash'
import {latestDraft} from './drafts'
import {latestSignoffs, SIGNOFF_ROLES} from './signoff'

/** The details of each audit entry of `action`, by the record id they name. */
async function auditedById(knex: Knex, action: string): Promise<Map<number, Record<string, unknown>>> {
  const rows: {details: string}[] = await knex('audit_log').where({action}).orderBy('id').select('details')
  const byId = new Map<number, Record<string, unknown>>()
  for (const r of rows) {
    const d = JSON.parse(r.details)
    if (typeof d.id === 'number') byId.set(d.id, d)
  }
  return byId
}

/**
 * Check every sign-off that counts (each role's latest, on the latest draft) against the draft it names:
 * the hash it records, the draft's own record, what the audit log recorded when each was made, and the
 * draft file's bytes. Returns the problems found, each naming the sign-off or the draft.
 */
export async function verifySignoffs(knex: Knex): Promise<string[]> {
  const m = msg().signoff
  const draft = await latestDraft(knex)
  if (!draft) return []
  const problems: string[] = []
  const drafts = await auditedById(knex, 'handover.draft')
  const recorded = drafts.get(draft.id)
  const path = draft.path
  if (!recorded) problems.push(m.draftNotAudited({path}))
  else if (recorded.sha256 !== draft.sha256)
    problems.push(m.draftAuditDiffers({path, recorded: draft.sha256, audited: String(recorded.sha256)}))
  if (!existsSync(path)) problems.push(m.draftMissing({path}))
  else {
    const {sha256} = await fileDigest(path)
    if (sha256 !== draft.sha256) problems.push(m.draftChanged({path, recorded: draft.sha256, now: sha256}))
  }
  const signed = await auditedById(knex, 'signoff.recorded')
  for (const s of (await latestSignoffs(knex)).filter((x) => x.draft_id === draft.id)) {
    const who = {role: inLang(SIGNOFF_ROLES[s.role].label), name: s.name}
    if (s.draft_sha256 !== draft.sha256)
      problems.push(m.signedHashDiffers({...who, signed: String(s.draft_sha256), draft: draft.sha256, path}))
    const entry = signed.get(s.id)
    if (!entry) problems.push(m.signoffNotAudited(who))
    else if (entry.draft_sha256 !== s.draft_sha256 || entry.name !== s.name)
      problems.push(m.signoffAuditDiffers({...who, audited: String(entry.name), sha256: String(entry.draft_sha256)}))
  }
  return problems
}

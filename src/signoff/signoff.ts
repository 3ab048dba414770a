import {basename} from 'node:path'
import {existsSync} from 'node:fs'
import {Knex} from 'knex'
import {InputError, VerificationError, WaitingError} from '../errors'
import {msg} from '../i18n'
import type {Bilingual, Lang} from '../i18n'
import {bumpChange} from '../store/changes'
import {Store} from '../store/store'
import {fileDigest} from '../util/hash'
import {nowIso} from '../util/time'
import {draftState, HandoverDraft} from './drafts'

/** Who must sign the handover off: the project lead, the SME coordinator, and a witness from Kemenkeu Prime. */
export const SIGNOFF_ROLES = {
  project_lead: {label: {id: 'Ketua Proyek Konsolidasi', en: 'Consolidation project lead'}, organisation: 'DJPK'},
  sme_coordinator: {label: {id: 'Koordinator SME', en: 'SME coordinator'}, organisation: 'DJPK'},
  prime_witness: {label: {id: 'Saksi Kemenkeu Prime', en: 'Kemenkeu Prime witness'}, organisation: 'Kemenkeu Prime'},
} as const satisfies Record<string, {label: Bilingual; organisation: string}>
export type SignoffRole = keyof typeof SIGNOFF_ROLES

/** The command that builds (or rebuilds) the draft people sign. */
export const BUILD_DRAFT = 'prime-migrate run'

export interface Signoff {
  id: number
  role: SignoffRole
  name: string
  organisation: string | null
  /** The statement as recorded, in the language of the run that recorded it. */
  statement: string
  /** `standard`: the tool's statement, rendered in each reader's language; `typed`: the signer's own words. */
  statement_code: 'standard' | 'typed' | null
  statement_typed: string | null
  signed_at: string
  actor: string
  draft_id: number | null
  draft_sha256: string | null
  draft_path: string | null
}

export function validRole(role: string): SignoffRole {
  if (!(role in SIGNOFF_ROLES))
    throw new InputError(msg().errors.unknownSignoffRole({role}), msg().errors.useOneOf({options: Object.keys(SIGNOFF_ROLES)}))
  return role as SignoffRole
}

/**
 * The draft a sign-off can be given on now: built, not stale, and its file still the bytes recorded.
 * Otherwise exit 3 naming the command that builds it, or exit 4 when the file was changed.
 */
export async function signableDraft(knex: Knex): Promise<HandoverDraft> {
  const m = msg().signoff
  const {draft, changed} = await draftState(knex)
  if (!draft) throw new WaitingError(m.noDraft, m.buildDraft({command: BUILD_DRAFT}))
  if (changed.length) throw new WaitingError(m.draftStale({changed}), m.buildDraft({command: `${BUILD_DRAFT} --yes`}))
  if (!existsSync(draft.path))
    throw new WaitingError(m.draftMissing({path: draft.path}), m.buildDraft({command: `${BUILD_DRAFT} --redo handover.draft`}))
  const {sha256} = await fileDigest(draft.path)
  if (sha256 !== draft.sha256) throw new VerificationError(m.draftChanged({path: draft.path, recorded: draft.sha256, now: sha256}))
  return draft
}

/**
 * Record one sign-off on the current handover draft: its SHA-256 is recorded, and the statement names
 * the file and the hash, so it says what was examined. A later one for the same role supersedes it;
 * both stay in the audit log.
 */
export async function recordSignoff(
  store: Store,
  input: {role: string; name: string; statement?: string; organisation?: string},
): Promise<Signoff> {
  const role = validRole(input.role)
  const name = input.name.trim()
  if (!name) throw new InputError(msg().errors.nameEmpty, msg().errors.nameEmptyFix)
  const draft = await signableDraft(store.knex)
  const m = msg().signoff
  const on = {file: basename(draft.path), sha256: draft.sha256}
  const given = input.statement?.trim()
  return store.knex.transaction(async (trx) => {
    const row = {
      role,
      name,
      organisation: input.organisation ?? SIGNOFF_ROLES[role].organisation,
      statement: given ? m.givenStatement({statement: given, ...on}) : m.defaultStatement(on),
      statement_code: given ? ('typed' as const) : ('standard' as const),
      statement_typed: given ?? null,
      signed_at: nowIso(),
      actor: store.actor,
      draft_id: draft.id,
      draft_sha256: draft.sha256,
      draft_path: draft.path,
    }
    const [id] = await trx('signoffs').insert(row)
    const change = await bumpChange(trx, 'signoffs', store.actor)
    await store.audit('signoff.recorded', {id: Number(id), ...row, signoffs_change: change}, trx)
    return {id: Number(id), ...row}
  })
}

/**
 * The statement of a sign-off in a workbook's language: the standard one rendered in it, the signer's
 * own words verbatim with the draft named in it, and one recorded before statements had a code as recorded.
 */
export function statementIn(s: Signoff, lang: Lang): string {
  const m = msg(lang).signoff
  const on = {file: basename(s.draft_path ?? ''), sha256: s.draft_sha256 ?? ''}
  if (s.statement_code === 'standard') return m.defaultStatement(on)
  if (s.statement_code === 'typed' && s.statement_typed !== null) return m.givenStatement({statement: s.statement_typed, ...on})
  return s.statement
}

function toSignoff(r: any): Signoff {
  return {...r, id: Number(r.id), draft_id: r.draft_id === null ? null : Number(r.draft_id)}
}

/** Each role's latest sign-off, whatever draft it was given on, in role order. */
export async function latestSignoffs(knex: Knex): Promise<Signoff[]> {
  const rows: Signoff[] = (await knex('signoffs').orderBy('id')).map(toSignoff)
  const latest = new Map<string, Signoff>()
  for (const r of rows) latest.set(r.role, r)
  return (Object.keys(SIGNOFF_ROLES) as SignoffRole[]).filter((r) => latest.has(r)).map((r) => latest.get(r)!)
}

/**
 * The sign-offs that count: each role's latest, given on the current draft while it is not stale.
 * A sign-off on an older draft, or on a draft whose inputs changed since, stops counting.
 */
export async function currentSignoffs(knex: Knex): Promise<Signoff[]> {
  const {draft, changed} = await draftState(knex)
  if (!draft || changed.length) return []
  return (await latestSignoffs(knex)).filter((s) => s.draft_id === draft.id && s.draft_sha256 === draft.sha256)
}

export async function missingSignoffs(knex: Knex): Promise<SignoffRole[]> {
  const have = new Set((await currentSignoffs(knex)).map((s) => s.role))
  return (Object.keys(SIGNOFF_ROLES) as SignoffRole[]).filter((r) => !have.has(r))
}

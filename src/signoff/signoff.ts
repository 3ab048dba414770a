import {Knex} from 'knex'
import {InputError} from '../errors'
import {Store} from '../store/store'
import {nowIso} from '../util/time'

/** Who must sign the handover off: the project lead, the SME coordinator, and a witness from Kemenkeu Prime. */
export const SIGNOFF_ROLES = {
  project_lead: {label: 'Ketua Proyek Konsolidasi', organisation: 'DJPK'},
  sme_coordinator: {label: 'Koordinator SME', organisation: 'DJPK'},
  prime_witness: {label: 'Saksi Kemenkeu Prime', organisation: 'Kemenkeu Prime'},
} as const
export type SignoffRole = keyof typeof SIGNOFF_ROLES

export const DEFAULT_STATEMENT =
  'Saya telah memeriksa buku kerja serah terima dan menyetujui hasil konsolidasi Contact Center DJPK ke Kemenkeu Prime.'

export interface Signoff {
  id: number
  role: SignoffRole
  name: string
  organisation: string | null
  statement: string
  signed_at: string
  actor: string
}

export function validRole(role: string): SignoffRole {
  if (!(role in SIGNOFF_ROLES))
    throw new InputError(`unknown sign-off role "${role}"`, `use one of: ${Object.keys(SIGNOFF_ROLES).join(', ')}`)
  return role as SignoffRole
}

/** Record one sign-off (a later one for the same role supersedes it; both stay in the audit log). */
export async function recordSignoff(
  store: Store,
  input: {role: string; name: string; statement?: string; organisation?: string},
): Promise<Signoff> {
  const role = validRole(input.role)
  const name = input.name.trim()
  if (!name) throw new InputError('--name is empty', 'give the full name of the person signing, e.g. --name "Dian Pratiwi"')
  return store.knex.transaction(async (trx) => {
    const row = {
      role,
      name,
      organisation: input.organisation ?? SIGNOFF_ROLES[role].organisation,
      statement: input.statement?.trim() || DEFAULT_STATEMENT,
      signed_at: nowIso(),
      actor: store.actor,
    }
    const [id] = await trx('signoffs').insert(row)
    await store.audit('signoff.recorded', row, trx)
    return {id: Number(id), ...row}
  })
}

/** The current sign-off of each role (the latest), in role order. */
export async function currentSignoffs(knex: Knex): Promise<Signoff[]> {
  const rows: Signoff[] = await knex('signoffs').orderBy('id')
  const latest = new Map<string, Signoff>()
  for (const r of rows) latest.set(r.role, r)
  return (Object.keys(SIGNOFF_ROLES) as SignoffRole[]).filter((r) => latest.has(r)).map((r) => latest.get(r)!)
}

export async function missingSignoffs(knex: Knex): Promise<SignoffRole[]> {
  const have = new Set((await currentSignoffs(knex)).map((s) => s.role))
  return (Object.keys(SIGNOFF_ROLES) as SignoffRole[]).filter((r) => !have.has(r))
}

import {Knex} from 'knex'
import {listArtifacts, Artifact} from '../audit/artifacts'
import {verifyChain} from '../audit/chain'
import {getPlan, PlanStep} from '../plan/repository'
import {migrationStatus} from '../plan/status'
import {currentSignoffs, Signoff, SignoffRole, SIGNOFF_ROLES} from '../signoff/signoff'
import {Store} from '../store/store'
import {nowIso} from '../util/time'
import {toolVersion} from '../util/paths'

/** Everything the handover workbook shows, read from the store in one place; sheets only lay it out. */
export interface HandoverData {
  generatedAt: string
  generatedBy: string
  version: string
  store: string
  cutover: string
  progress: {done: number; total: number}
  complete: boolean
  audit: {entries: number; head: string; ok: boolean}
  counts: Record<string, number>
  plan: PlanStep[]
  artifacts: Artifact[]
  signoffs: (Signoff | {role: SignoffRole; missing: true})[]
  auditLog: {id: number; at: string; actor: string; command: string; action: string; details: string; hash: string}[]
}

async function count(knex: Knex, table: string, where?: Record<string, unknown>): Promise<number> {
  const q = knex(table).count({n: '*'})
  if (where) q.where(where)
  const [{n}] = await q
  return Number(n)
}

export async function collectHandover(store: Store): Promise<HandoverData> {
  const {knex} = store
  const status = await migrationStatus(knex)
  const chain = await verifyChain(knex)
  const signed = await currentSignoffs(knex)
  const signedRoles = new Set(signed.map((s) => s.role))
  return {
    generatedAt: nowIso(),
    generatedBy: store.actor,
    version: toolVersion(),
    store: store.location.masked,
    cutover: status.cutover,
    progress: status.progress,
    complete: status.progress.done === status.progress.total,
    audit: {entries: chain.entries, head: chain.head, ok: chain.ok},
    counts: {
      tickets: await count(knex, 'tickets'),
      faq: await count(knex, 'faq_articles'),
      people: await count(knex, 'roster'),
      artifacts: await count(knex, 'artifacts'),
      signoffs: signed.length,
    },
    plan: await getPlan(knex),
    artifacts: await listArtifacts(knex),
    signoffs: [...signed, ...(Object.keys(SIGNOFF_ROLES) as SignoffRole[]).filter((r) => !signedRoles.has(r)).map((role) => ({role, missing: true as const}))],
    auditLog: await knex('audit_log').orderBy('id').select('id', 'at', 'actor', 'command', 'action', 'details', 'hash'),
  }
}

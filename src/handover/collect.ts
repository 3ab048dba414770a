import {Knex} from 'knex'
import {listArtifacts, Artifact} from '../audit/artifacts'
import {verifyChain} from '../audit/chain'
import {listChannels, ChannelState} from '../channels/state'
import {reviewStates, summarise, ArticleReview, ReviewSummary} from '../kms/state'
import type {PlanStep, PlanView} from '../plan/step'
import type {ReconciliationBasis} from '../metrics/report'
import {roleOverview, RoleOverview} from '../roles/show'
import {draftState, HandoverDraft} from '../signoff/drafts'
import {currentSignoffs, Signoff, SignoffRole, SIGNOFF_ROLES} from '../signoff/signoff'
import {Store} from '../store/store'
import {sourceCounts} from '../tickets/read'
import {doneMonths, latestRun} from '../tickets/runs'
import {nowIso} from '../util/time'
import {toolVersion} from '../util/paths'

/** One month × channel of the ticket archive against the store: what an auditor checks for loss. */
export interface ReconciliationRow {
  period: string
  channel: string
  source: number
  exported: number
  excluded: number
  reasons: string
  balanced: boolean
}

/** Everything the handover workbook shows, read from the store in one place; sheets only lay it out. */
export interface HandoverData {
  /** A draft, which people examine and sign, or the final workbook with their sign-offs. */
  kind: 'draft' | 'final'
  generatedAt: string
  generatedBy: string
  version: string
  store: string
  cutover: string
  progress: {done: number; total: number}
  complete: boolean
  /** The plan is done but for writing this very workbook (its own step runs while it is written). */
  onlyThisWorkbookLeft: boolean
  audit: {entries: number; head: string; ok: boolean}
  counts: Record<string, number>
  plan: PlanStep[]
  channels: ChannelState[]
  roles: RoleOverview
  kms: {articles: ArticleReview[]; summary: ReviewSummary}
  reconciliation: ReconciliationRow[]
  artifacts: Artifact[]
  signoffs: (Signoff | {role: SignoffRole; missing: true})[]
  /** The draft the counted sign-offs are on (the final workbook names it and its SHA-256). */
  signedDraft?: HandoverDraft
  /** Whether the metrics were reconciled with published figures, as the last metrics workbook's audit entry says. */
  metrics: {basis: ReconciliationBasis | null; reconciled: boolean}
  auditLog: {id: number; at: string; actor: string; command: string; action: string; details: string; hash: string}[]
}

async function count(knex: Knex, table: string): Promise<number> {
  const [{n}] = await knex(table).count({n: '*'})
  return Number(n)
}

/** Store counts per month × channel beside what the latest archive export wrote; a month never archived shows 0 exported. */
async function reconciliation(knex: Knex): Promise<ReconciliationRow[]> {
  const run = await latestRun(knex)
  const months = run ? await doneMonths(knex, run.id) : new Map()
  return (await sourceCounts(knex)).map((s) => {
    const t = months.get(s.period)?.channels.find((c: {channel: string}) => c.channel === s.channel)
    const exported = t?.exported ?? 0
    const excluded = t?.excluded ?? 0
    const reasons = Object.entries(t?.excluded_reasons ?? {})
      .map(([k, v]) => `${k}: ${v}`)
      .join('; ')
    return {period: s.period, channel: s.channel, source: s.rows, exported, excluded, reasons, balanced: s.rows === exported + excluded}
  })
}

/** What the last metrics workbook said of its reconciliation, from its audit entry (the record of what was done). */
async function metricsReconciliation(knex: Knex): Promise<HandoverData['metrics']> {
  const last = await knex('audit_log').where({action: 'report.metrics'}).orderBy('id', 'desc').first('details')
  if (!last) return {basis: null, reconciled: false}
  const d = JSON.parse(last.details)
  const basis = {published: d.published ?? null, reconciliation: d.reconciliation ?? null, without: d.without_published_figures ?? null}
  return {basis, reconciled: Boolean(d.reconciliation)}
}

/** Everything the workbook shows; the plan as it stands comes from the plan itself (`plan`). */
export async function collectHandover(store: Store, plan: PlanView, kind: HandoverData['kind'] = 'final'): Promise<HandoverData> {
  const {knex} = store
  const status = plan
  const chain = await verifyChain(knex)
  const signed = await currentSignoffs(knex)
  const signedRoles = new Set(signed.map((s) => s.role))
  const channels = await listChannels(knex)
  const articles = await reviewStates(knex)
  const kms = {articles, summary: summarise(articles)}
  const recon = await reconciliation(knex)
  const {draft, changed} = await draftState(knex)
  return {
    kind,
    generatedAt: nowIso(),
    generatedBy: store.actor,
    version: toolVersion(),
    store: store.location.masked,
    cutover: status.cutover,
    progress: status.progress,
    complete: status.progress.done === status.progress.total,
    onlyThisWorkbookLeft:
      status.progress.done === status.progress.total - 1 &&
      status.steps.some((s) => s.id === 'handover.workbook' && s.status === 'running'),
    audit: {entries: chain.entries, head: chain.head, ok: chain.ok},
    counts: {
      tickets: await count(knex, 'tickets'),
      archived: recon.reduce((a, r) => a + r.exported, 0),
      faq: await count(knex, 'faq_articles'),
      kmsApproved: kms.summary.approve,
      channelsClosed: channels.filter((c) => c.state === 'closed').length,
      channelsClosing: channels.filter((c) => c.decision === 'close').length,
      channelsKept: channels.filter((c) => c.state === 'kept').length,
      people: await count(knex, 'roster'),
      artifacts: await count(knex, 'artifacts'),
      signoffs: signed.length,
    },
    plan: plan.steps,
    channels,
    roles: await roleOverview(knex),
    kms,
    reconciliation: recon,
    artifacts: await listArtifacts(knex),
    signoffs: [
      ...signed,
      ...(Object.keys(SIGNOFF_ROLES) as SignoffRole[]).filter((r) => !signedRoles.has(r)).map((role) => ({role, missing: true as const})),
    ],
    signedDraft: kind === 'final' && draft && !changed.length ? draft : undefined,
    metrics: await metricsReconciliation(knex),
    auditLog: await knex('audit_log').orderBy('id').select('id', 'at', 'actor', 'command', 'action', 'details', 'hash'),
  }
}

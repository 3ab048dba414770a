import {Knex} from 'knex'
import {DateTime} from 'luxon'
import {InputError} from '../errors'
import {getMeta, setMeta} from '../store/meta'
import {Store} from '../store/store'
import {nowIso} from '../util/time'
import {planSteps, Stage, STAGES, StepKind, StepStatus} from './definition'

export const DEFAULT_CUTOVER = '2025-06-30'

export interface PlanStep {
  id: string
  stage: Stage
  stage_order: number
  seq: number
  kind: StepKind
  title: string
  owner: string
  due_date: string | null
  status: StepStatus
  actor: string | null
  updated_at: string | null
  note: string | null
  depends_on: string[]
  seed_ref: string | null
}

export function validCutover(value: string): string {
  const d = DateTime.fromISO(value, {zone: 'Asia/Jakarta'})
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || !d.isValid)
    throw new InputError(`--cutover ${value} is not a date`, 'give the cutover as YYYY-MM-DD, e.g. --cutover 2025-06-30')
  return value
}

export function dueDate(cutover: string, offsetDays: number): string {
  return DateTime.fromISO(cutover, {zone: 'Asia/Jakarta'}).plus({days: offsetDays}).toISODate()!
}

export async function getCutover(knex: Knex): Promise<string | undefined> {
  return getMeta(knex, 'cutover')
}

/**
 * Create the plan (or add steps a newer version defines) and set the cutover; due dates are
 * recomputed from it. Existing steps keep their status. Audited.
 */
export async function initPlan(store: Store, cutover?: string): Promise<{cutover: string; created: number; changedCutover: boolean}> {
  return store.knex.transaction(async (trx) => {
    const previous = await getMeta(trx, 'cutover')
    const next = cutover ? validCutover(cutover) : (previous ?? DEFAULT_CUTOVER)
    const existing = new Set((await trx('plan_steps').select('id')).map((r: {id: string}) => r.id))
    let created = 0
    for (const [seq, def] of planSteps().entries()) {
      const due = dueDate(next, def.dueOffset)
      if (existing.has(def.id)) {
        await trx('plan_steps')
          .where({id: def.id})
          .update({due_date: due, title: def.title, owner: def.owner, seq, depends_on: JSON.stringify(def.dependsOn ?? [])})
        continue
      }
      created++
      await trx('plan_steps').insert({
        id: def.id,
        stage: def.stage,
        stage_order: STAGES.indexOf(def.stage),
        seq,
        kind: def.kind,
        title: def.title,
        owner: def.owner,
        due_date: due,
        status: def.decision?.status ?? 'pending',
        actor: def.decision ? store.actor : null,
        updated_at: def.decision ? nowIso() : null,
        note: def.decision?.note ?? null,
        depends_on: JSON.stringify(def.dependsOn ?? []),
        seed_ref: def.seedRef ?? null,
      })
    }
    const changedCutover = previous !== next
    if (changedCutover) await setMeta(trx, 'cutover', next)
    if (created || changedCutover)
      await store.audit('plan.initialised', {cutover: next, previous_cutover: previous ?? null, steps_created: created}, trx)
    return {cutover: next, created, changedCutover}
  })
}

export async function isInitialised(knex: Knex): Promise<boolean> {
  return (await getCutover(knex)) !== undefined
}

export async function getPlan(knex: Knex): Promise<PlanStep[]> {
  const rows = await knex('plan_steps').orderBy([{column: 'stage_order'}, {column: 'seq'}])
  return rows.map((r: any) => ({...r, depends_on: JSON.parse(r.depends_on ?? '[]')}))
}

export async function getStep(knex: Knex, id: string): Promise<PlanStep | undefined> {
  const r = await knex('plan_steps').where({id}).first()
  return r ? {...r, depends_on: JSON.parse(r.depends_on ?? '[]')} : undefined
}

/** Record a step's new status with who and when, and audit it in the same transaction. */
export async function setStepStatus(store: Store, id: string, status: StepStatus, note?: string | null): Promise<void> {
  await store.knex.transaction(async (trx) => {
    const before = await trx('plan_steps').where({id}).first('status')
    if (!before) throw new InputError(`no plan step "${id}"`, 'run `prime-migrate plan` to see the step ids')
    const patch: Record<string, unknown> = {status, actor: store.actor, updated_at: nowIso()}
    if (note !== undefined) patch.note = note
    await trx('plan_steps').where({id}).update(patch)
    await store.audit('plan.step_status', {step: id, from: before.status, to: status, note: note ?? null}, trx)
  })
}

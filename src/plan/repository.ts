import {Knex} from 'knex'
import {InputError} from '../errors'
import {bumpChange, Counters, stepOutput} from '../store/changes'
import {getMeta, setMeta} from '../store/meta'
import {Store} from '../store/store'
import {nowIso} from '../util/time'
import {both, inLang, msg} from '../i18n'
import {planSteps, STAGES, StepDefinition, StepStatus} from './definition'
import type {PlanStep} from './step'

export const DEFAULT_CUTOVER = '2025-06-30'

export type {PlanStep} from './step'

/** What `init` did, as `init --json` reports it. */
export interface InitResult {
  /** The store did not exist before (its whole schema was created now). */
  store_created: boolean
  /** Schema migrations applied now (an upgrade of an existing store, or all of them for a new one). */
  migrations_applied: number
  cutover: string
  previous_cutover: string | null
  cutover_changed: boolean
  steps_created: number
}

// luxon is loaded when a date is worked out (init, a new cutover), not by every command that reads the plan.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const luxon = () => require('luxon') as typeof import('luxon')

export function validCutover(value: string): string {
  const d = luxon().DateTime.fromISO(value, {zone: 'Asia/Jakarta'})
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || !d.isValid)
    throw new InputError(msg().errors.cutoverNotDate({value}), msg().errors.cutoverNotDateFix)
  return value
}

export function dueDate(cutover: string, offsetDays: number): string {
  return luxon().DateTime.fromISO(cutover, {zone: 'Asia/Jakarta'}).plus({days: offsetDays}).toISODate()!
}

export async function getCutover(knex: Knex): Promise<string | undefined> {
  return getMeta(knex, 'cutover')
}

/** The first migration: a store that applied it now was created now. */
const FIRST_MIGRATION = '2025-03-01-00-00-core'

/**
 * Create the plan (or add steps a newer version defines) and set the cutover; due dates are
 * recomputed from it. Existing steps keep their status. Audited once, with what it did; a changed
 * cutover counts as a change of what the handover draft shows.
 */
export async function initPlan(store: Store, cutover?: string): Promise<InitResult> {
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
          .update({due_date: due, title: def.title.id, owner: def.owner.id, seq, depends_on: JSON.stringify(def.dependsOn ?? [])})
        continue
      }
      created++
      await trx('plan_steps').insert({
        id: def.id,
        stage: def.stage,
        stage_order: STAGES.indexOf(def.stage),
        seq,
        kind: def.kind,
        title: def.title.id,
        owner: def.owner.id,
        due_date: due,
        status: def.decision?.status ?? 'pending',
        actor: def.decision ? store.actor : null,
        updated_at: def.decision ? nowIso() : null,
        note: def.decision?.note.id ?? null,
        depends_on: JSON.stringify(def.dependsOn ?? []),
        seed_ref: def.seedRef?.id ?? null,
      })
    }
    const changed = previous !== next
    if (changed) await setMeta(trx, 'cutover', next)
    const result: InitResult = {
      store_created: store.migrated.includes(FIRST_MIGRATION),
      migrations_applied: store.migrated.length,
      cutover: next,
      previous_cutover: previous ?? null,
      cutover_changed: changed,
      steps_created: created,
    }
    // The first cutover is part of creating the plan; a later one changes what was computed from it.
    const counted = changed && previous !== undefined ? {cutover_change: await bumpChange(trx, 'cutover', store.actor)} : {}
    if (created || changed || store.migrated.length) await store.audit('plan.initialised', {...result, ...counted}, trx)
    return result
  })
}

/**
 * A recorded step with its texts in both languages from the plan's definition; a step this version no
 * longer defines keeps what the store recorded. A decision's note is the definition's while it is the
 * one recorded (in either language), so it reads in the run's language; a note a person gave stays as given.
 */
function toStep(r: any, defs: Map<string, StepDefinition>): PlanStep {
  const def = defs.get(r.id)
  const note = def?.decision && Object.values(def.decision.note).includes(r.note) ? def.decision.note : null
  return {
    ...r,
    title: def?.title ?? both(r.title),
    owner: def?.owner ?? both(r.owner),
    seed_ref: def?.seedRef ?? (r.seed_ref === null ? null : both(r.seed_ref)),
    note: note ? inLang(note) : r.note,
    depends_on: JSON.parse(r.depends_on ?? '[]'),
    inputs: r.inputs ? JSON.parse(r.inputs) : null,
  }
}

const definitions = () => new Map(planSteps().map((d) => [d.id, d]))

export async function getPlan(knex: Knex): Promise<PlanStep[]> {
  const rows = await knex('plan_steps').orderBy([{column: 'stage_order'}, {column: 'seq'}])
  const defs = definitions()
  return rows.map((r: any) => toStep(r, defs))
}

export async function getStep(knex: Knex, id: string): Promise<PlanStep | undefined> {
  const r = await knex('plan_steps').where({id}).first()
  return r ? toStep(r, definitions()) : undefined
}

/**
 * Record a step's new status with who and when, and audit it in the same transaction. An automatic
 * step that is done records what it was computed from (`done.inputs`) and counts its output as
 * changed, so whatever was computed from it before goes stale.
 */
export async function setStepStatus(
  store: Store,
  id: string,
  status: StepStatus,
  note?: string | null,
  done?: {inputs: Counters | null},
): Promise<void> {
  await store.knex.transaction(async (trx) => {
    const before = await trx('plan_steps').where({id}).first('status')
    if (!before) throw new InputError(msg().errors.noPlanStep({id}), msg().errors.noPlanStepFix)
    const patch: Record<string, unknown> = {status, actor: store.actor, updated_at: nowIso()}
    if (note !== undefined) patch.note = note
    if (done) patch.inputs = done.inputs ? JSON.stringify(done.inputs) : null
    await trx('plan_steps').where({id}).update(patch)
    const output = done ? {inputs: done.inputs, output: await bumpChange(trx, stepOutput(id), store.actor)} : {}
    await store.audit('plan.step_status', {step: id, from: before.status, to: status, note: note ?? null, ...output}, trx)
  })
}

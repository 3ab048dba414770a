import {EXIT, InputError, UserError, WaitingError} from '../errors'
import {maskSecrets} from '../store/connection'
import {Store} from '../store/store'
import {Stage, STAGES} from './definition'
import {GateCheck, loadHandler, StepContext} from './registry'
import {getPlan, getStep, PlanStep, setStepStatus} from './repository'

export interface RunOptions {
  stage?: Stage
  redo?: string[]
  /** Answers a gate that is not cleared (the demo answers from fixture decisions); true when it did. */
  answerGate?: (step: PlanStep, check: GateCheck, ctx: StepContext) => Promise<boolean>
}

export type StepOutcome =
  {kind: 'already'; status: string} | {kind: 'done'; note?: string} | {kind: 'waiting'; check: GateCheck} | {kind: 'unavailable'}

const FINISHED = new Set(['done', 'skipped'])

export function validStage(stage: string | undefined): Stage | undefined {
  if (stage === undefined) return undefined
  if (!(STAGES as readonly string[]).includes(stage)) throw new InputError(`unknown stage "${stage}"`, `use one of: ${STAGES.join(', ')}`)
  return stage as Stage
}

/** The steps a run considers, in order; `--redo` steps are put back to pending first (audited). */
export async function prepareRun(store: Store, opts: RunOptions): Promise<PlanStep[]> {
  for (const id of opts.redo ?? []) {
    const step = await getStep(store.knex, id)
    if (!step) throw new InputError(`--redo ${id}: no such step`, 'run `prime-migrate plan` to see the step ids')
    if (step.kind !== 'auto')
      throw new InputError(`--redo ${id}: only automatic steps can be redone`, `${id} is a ${step.kind}; change what it waits on instead`)
    await setStepStatus(store, id, 'pending', 'diulang atas permintaan (--redo)')
  }
  const plan = await getPlan(store.knex)
  return plan.filter((s) => !opts.stage || s.stage === opts.stage)
}

/** What a step would do, without doing it (`--dry-run`); gate checks are read-only and do run. */
export async function describeStep(step: PlanStep, ctx: StepContext): Promise<string> {
  if (FINISHED.has(step.status)) return `sudah ${step.status}`
  const handler = await loadHandler(step.id)
  if (!handler) return 'belum tersedia pada versi ini'
  if (step.kind === 'auto') return 'akan dijalankan'
  const check = await handler.check!(ctx)
  return check.cleared ? 'gerbang sudah terpenuhi' : `berhenti di sini: menunggu ${check.waitingOn} (${check.clear})`
}

async function unmetDependencies(store: Store, step: PlanStep): Promise<string[]> {
  const unmet = []
  for (const dep of step.depends_on) {
    const d = await getStep(store.knex, dep)
    if (d && !FINISHED.has(d.status)) unmet.push(`${dep} (${d.status})`)
  }
  return unmet
}

/**
 * Carry out one step and record its status as it goes. A step left `running` by a crash runs again;
 * a done or skipped step is never redone here.
 */
export async function executeStep(step: PlanStep, ctx: StepContext, opts: RunOptions = {}): Promise<StepOutcome> {
  const {store} = ctx
  const current = (await getStep(store.knex, step.id))!
  if (FINISHED.has(current.status)) return {kind: 'already', status: current.status}
  const unmet = await unmetDependencies(store, current)
  if (unmet.length) {
    throw new WaitingError(`${step.id} waits on ${unmet.join(', ')}`, `run \`prime-migrate run\` for the earlier stages first`)
  }
  const handler = await loadHandler(step.id)
  if (!handler) {
    await setStepStatus(store, step.id, 'blocked', 'kemampuan untuk langkah ini belum tersedia pada versi ini')
    return {kind: 'unavailable'}
  }
  if (current.kind === 'gate') {
    let check = await handler.check!(ctx)
    if (!check.cleared && opts.answerGate && (await opts.answerGate(current, check, ctx))) check = await handler.check!(ctx)
    if (!check.cleared) {
      if (current.status !== 'blocked' || current.note !== `menunggu ${check.waitingOn}`)
        await setStepStatus(store, step.id, 'blocked', `menunggu ${check.waitingOn}`)
      return {kind: 'waiting', check}
    }
    await setStepStatus(store, step.id, 'done', check.waitingOn)
    return {kind: 'done', note: check.waitingOn}
  }
  await setStepStatus(store, step.id, 'running', null)
  try {
    const note = (await handler.run!(ctx)) ?? null
    await setStepStatus(store, step.id, 'done', note)
    return {kind: 'done', note: note ?? undefined}
  } catch (error) {
    await setStepStatus(store, step.id, 'failed', maskSecrets((error as Error).message))
    throw error
  }
}

/** The error a run ends with when a step cannot go on, carrying the exit code of CONTRACT §1. */
export function stoppedError(step: PlanStep, outcome: StepOutcome): UserError | undefined {
  if (outcome.kind === 'waiting') {
    return new WaitingError(`${step.id}: ${step.title}: menunggu ${outcome.check.waitingOn}`, outcome.check.clear, {
      step: step.id,
      ...outcome.check,
    })
  }
  if (outcome.kind === 'unavailable') {
    return new UserError(
      `${step.id}: ${step.title}: this version of prime-migrate cannot do this step yet`,
      EXIT.waiting,
      'do it by hand and record it, or upgrade prime-migrate',
    )
  }
  return undefined
}

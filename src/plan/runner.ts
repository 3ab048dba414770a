import {EXIT, InputError, UserError, WaitingError} from '../errors'
import {maskSecrets} from '../store/connection'
import {Store} from '../store/store'
import {Stage, STAGES, StepStatus} from './definition'
import {stepHandler} from './registry'
import {getPlan, getStep, PlanStep, setStepStatus} from './repository'
import {GateCheck, StepContext} from './step'

export interface RunOptions {
  stage?: Stage
  redo?: string[]
  /** Answers a gate that is not cleared (the demo answers from fixture decisions); true when it did. */
  answerGate?: (step: PlanStep, check: GateCheck, ctx: StepContext) => Promise<boolean>
}

/** What became of one step in a run. */
export type StepOutcome =
  | {kind: 'already'; status: StepStatus}
  | {kind: 'done'; note?: string}
  | {kind: 'waiting'; on: 'gate'; check: GateCheck}
  | {kind: 'waiting'; on: 'steps'; unmet: string[]}
  | {kind: 'unavailable'}
  | {kind: 'failed'; error: Error}

/** The outcomes that end a run at their step. */
export type StopOutcome = Extract<StepOutcome, {kind: 'waiting' | 'unavailable' | 'failed'}>

export function stopsRun(outcome: StepOutcome): outcome is StopOutcome {
  return outcome.kind === 'waiting' || outcome.kind === 'unavailable' || outcome.kind === 'failed'
}

/** What a run did, step by step, as `run --json` and the demo report it. */
export interface RunReport {
  ran: {id: string; outcome: StepOutcome['kind']; note?: string}[]
  stoppedAt?: {id: string; reason: string; clear?: string}
}

/** A run's report and, when a step ended it, that step and why. */
export interface RunResult {
  report: RunReport
  stop?: {step: PlanStep; outcome: StopOutcome}
}

/** What `--dry-run` says of a step, found without changing anything. */
export type StepPreview =
  | {kind: 'already'; status: StepStatus}
  | {kind: 'unavailable'}
  | {kind: 'will_run'}
  | {kind: 'cleared'}
  | {kind: 'waiting'; check: GateCheck}

const FINISHED = new Set<StepStatus>(['done', 'skipped'])
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
export async function previewStep(step: PlanStep, ctx: StepContext): Promise<StepPreview> {
  if (FINISHED.has(step.status)) return {kind: 'already', status: step.status}
  const handler = stepHandler(step.id)
  if (!handler) return {kind: 'unavailable'}
  if (step.kind === 'auto') return {kind: 'will_run'}
  const check = await handler.check!(ctx)
  return check.cleared ? {kind: 'cleared'} : {kind: 'waiting', check}
}

export function previewText(preview: StepPreview): string {
  switch (preview.kind) {
    case 'already':
      return `sudah ${preview.status}`
    case 'unavailable':
      return 'belum tersedia pada versi ini'
    case 'will_run':
      return 'akan dijalankan'
    case 'cleared':
      return 'gerbang sudah terpenuhi'
    case 'waiting':
      return `berhenti di sini: menunggu ${preview.check.waitingOn} (${preview.check.clear})`
  }
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
  if (unmet.length) return {kind: 'waiting', on: 'steps', unmet}
  const handler = stepHandler(step.id)
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
      return {kind: 'waiting', on: 'gate', check}
    }
    await setStepStatus(store, step.id, 'done', check.waitingOn)
    return {kind: 'done', note: check.waitingOn}
  }
  await setStepStatus(store, step.id, 'running', null)
  let note: string | null
  try {
    note = (await handler.run!(ctx)) ?? null
  } catch (error) {
    await setStepStatus(store, step.id, 'failed', maskSecrets((error as Error).message))
    return {kind: 'failed', error: error as Error}
  }
  await setStepStatus(store, step.id, 'done', note)
  return {kind: 'done', note: note ?? undefined}
}

/** The error a run ends with when a step cannot go on, carrying the exit code of CONTRACT §1. */
export function stoppedError(step: PlanStep, outcome: StopOutcome): Error {
  switch (outcome.kind) {
    case 'waiting':
      return outcome.on === 'gate'
        ? new WaitingError(`${step.id}: ${step.title}: menunggu ${outcome.check.waitingOn}`, outcome.check.clear, {
            step: step.id,
            ...outcome.check,
          })
        : new WaitingError(`${step.id} waits on ${outcome.unmet.join(', ')}`, `run \`prime-migrate run\` for the earlier stages first`)
    case 'unavailable':
      return new UserError(
        `${step.id}: ${step.title}: this version of prime-migrate cannot do this step yet`,
        EXIT.waiting,
        'do it by hand and record it, or upgrade prime-migrate',
      )
    case 'failed':
      return outcome.error
  }
}

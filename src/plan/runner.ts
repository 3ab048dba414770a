import {EXIT, InputError, UserError, WaitingError} from '../errors'
import {inLang, msg} from '../i18n'
import {allCounters, InputChange} from '../store/changes'
import {maskSecrets} from '../store/connection'
import {Store} from '../store/store'
import {Stage, STAGES, StepStatus} from './definition'
import {inputsFrom, staleness} from './freshness'
import {stepHandler} from './registry'
import {getPlan, getStep, PlanStep, setStepStatus} from './repository'
import {GateCheck, StepContext} from './step'
import {planView} from './view'

export interface RunOptions {
  stage?: Stage
  redo?: string[]
  /** Stale steps may be redone (the person confirmed, or gave --yes). */
  redoStale?: boolean
  /** Answers a gate that is not cleared (the demo answers from fixture decisions); true when it did. */
  answerGate?: (step: PlanStep, check: GateCheck, ctx: StepContext) => Promise<boolean>
}

/** What became of one step in a run. */
export type StepOutcome =
  | {kind: 'already'; status: StepStatus}
  | {kind: 'done'; note?: string}
  | {kind: 'waiting'; on: 'gate'; check: GateCheck}
  | {kind: 'waiting'; on: 'steps'; unmet: string[]}
  | {kind: 'stale'; changed: InputChange[]}
  | {kind: 'unavailable'}
  | {kind: 'failed'; error: Error}

/** The outcomes that end a run at their step. */
export type StopOutcome = Extract<StepOutcome, {kind: 'waiting' | 'stale' | 'unavailable' | 'failed'}>

export function stopsRun(outcome: StepOutcome): outcome is StopOutcome {
  return outcome.kind === 'waiting' || outcome.kind === 'stale' || outcome.kind === 'unavailable' || outcome.kind === 'failed'
}

/** What a run did, step by step, as `run --json` and the demo report it. */
export interface RunReport {
  ran: {id: string; outcome: StepOutcome['kind']; note?: string}[]
  stoppedAt?: {id: string; reason: string; clear?: string}
  /** The files this run wrote (or rewrote), as recorded artifacts. */
  wrote?: string[]
}

/** A run's report and, when a step ended it, that step and why. */
export interface RunResult {
  report: RunReport
  stop?: {step: PlanStep; outcome: StopOutcome}
}

/** What a step would do, found without changing anything (`--dry-run`, and which steps a run shows working). */
export type StepPreview =
  | {kind: 'already'; status: StepStatus}
  | {kind: 'unavailable'}
  | {kind: 'will_run'}
  | {kind: 'will_redo'; changed: InputChange[]}
  | {kind: 'cleared'}
  | {kind: 'waiting'; check: GateCheck}
  | {kind: 'waiting_steps'; unmet: string[]}

const FINISHED = new Set<StepStatus>(['done', 'skipped'])
export function validStage(stage: string | undefined): Stage | undefined {
  if (stage === undefined) return undefined
  if (!(STAGES as readonly string[]).includes(stage))
    throw new InputError(msg().steps.unknownStage({stage}), msg().steps.useOneOf({options: STAGES}))
  return stage as Stage
}

/** The steps a run considers, in order; `--redo` steps are put back to pending first (audited). */
export async function prepareRun(store: Store, opts: RunOptions): Promise<PlanStep[]> {
  for (const id of opts.redo ?? []) {
    const step = await getStep(store.knex, id)
    if (!step) throw new InputError(msg().steps.noSuchStep({id}), msg().steps.noSuchStepFix)
    if (step.kind !== 'auto') throw new InputError(msg().steps.onlyAuto({id}), msg().steps.onlyAutoFix({id, kind: step.kind}))
    await setStepStatus(store, id, 'pending', msg().steps.redoNote)
  }
  const plan = await getPlan(store.knex)
  return plan.filter((s) => !opts.stage || s.stage === opts.stage)
}

async function unmetDependencies(store: Store, step: PlanStep): Promise<string[]> {
  const unmet = []
  for (const dep of step.depends_on) {
    const d = await getStep(store.knex, dep)
    if (d && !FINISHED.has(d.status)) unmet.push(`${dep} (${msg().tables.stepStatus[d.status] ?? d.status})`)
  }
  return unmet
}

/** What a step would do, without doing it; gate checks are read-only and do run. */
export async function previewStep(step: PlanStep, ctx: StepContext): Promise<StepPreview> {
  const current = (await getStep(ctx.store.knex, step.id)) ?? step
  if (current.kind === 'auto' && current.status === 'done') {
    const changed = staleness(current, await allCounters(ctx.store.knex))
    return changed.length ? {kind: 'will_redo', changed} : {kind: 'already', status: current.status}
  }
  if (FINISHED.has(current.status) && current.kind !== 'gate') return {kind: 'already', status: current.status}
  const handler = stepHandler(step.id)
  if (!handler) return {kind: 'unavailable'}
  const unmet = await unmetDependencies(ctx.store, current)
  if (unmet.length) return {kind: 'waiting_steps', unmet}
  if (current.kind === 'auto') return {kind: 'will_run'}
  const check = await handler.check!(ctx)
  if (check.cleared) return current.status === 'done' ? {kind: 'already', status: 'done'} : {kind: 'cleared'}
  return {kind: 'waiting', check}
}

export function previewText(preview: StepPreview): string {
  const m = msg().run
  switch (preview.kind) {
    case 'already':
      return m.previewAlready({status: preview.status})
    case 'unavailable':
      return m.previewUnavailable
    case 'will_run':
      return m.previewWillRun
    case 'will_redo':
      return m.previewWillRedo({changed: preview.changed})
    case 'cleared':
      return m.previewCleared
    case 'waiting':
      return m.previewWaiting({waitingOn: preview.check.waitingOn, clear: preview.check.clear})
    case 'waiting_steps':
      return m.previewWaitingSteps({unmet: preview.unmet})
  }
}

/**
 * Carry out one step and record its status as it goes. A step left `running` by a crash runs again;
 * a done step is redone only when stale and the run may redo stale steps; a done gate is checked again,
 * since what cleared it may have changed (a sign-off on a draft that is no longer current).
 */
export async function executeStep(step: PlanStep, ctx: StepContext, opts: RunOptions = {}): Promise<StepOutcome> {
  const {store} = ctx
  const current = (await getStep(store.knex, step.id))!
  if (current.kind === 'auto' && current.status === 'done') {
    const changed = staleness(current, await allCounters(store.knex))
    if (!changed.length) return {kind: 'already', status: current.status}
    if (!opts.redoStale) return {kind: 'stale', changed}
    await setStepStatus(store, step.id, 'pending', msg().run.redoNote({changed}))
    current.status = 'pending'
  } else if (FINISHED.has(current.status) && current.kind !== 'gate') return {kind: 'already', status: current.status}
  const unmet = await unmetDependencies(store, current)
  if (unmet.length) return {kind: 'waiting', on: 'steps', unmet}
  const handler = stepHandler(step.id)
  if (!handler) {
    await setStepStatus(store, step.id, 'blocked', msg().steps.unavailableNote)
    return {kind: 'unavailable'}
  }
  if (current.kind === 'gate') {
    let check = await handler.check!(ctx)
    if (!check.cleared && opts.answerGate && (await opts.answerGate(current, check, ctx))) check = await handler.check!(ctx)
    if (!check.cleared) {
      const note = msg().steps.waiting({on: check.waitingOn})
      if (current.status !== 'blocked' || current.note !== note) await setStepStatus(store, step.id, 'blocked', note)
      return {kind: 'waiting', on: 'gate', check}
    }
    if (current.status === 'done') return {kind: 'already', status: 'done'}
    await setStepStatus(store, step.id, 'done', check.waitingOn)
    return {kind: 'done', note: check.waitingOn}
  }
  // What the step is computed from, read before it runs: a change during the run makes it stale at once.
  const inputs = inputsFrom(await allCounters(store.knex), step.id)
  await setStepStatus(store, step.id, 'running', null)
  let note: string | null
  try {
    note = (await handler.run!({...ctx, inputs, plan: () => planView(store)})) ?? null
  } catch (error) {
    await setStepStatus(store, step.id, 'failed', maskSecrets((error as Error).message))
    return {kind: 'failed', error: error as Error}
  }
  await setStepStatus(store, step.id, 'done', note, {inputs})
  return {kind: 'done', note: note ?? undefined}
}

/** The error a run ends with when a step cannot go on, carrying the exit code of CONTRACT §1. */
export function stoppedError(step: PlanStep, outcome: StopOutcome): Error {
  switch (outcome.kind) {
    case 'waiting':
      return outcome.on === 'gate'
        ? new WaitingError(
            `${step.id}: ${inLang(step.title)}: ${msg().steps.waiting({on: outcome.check.waitingOn})}`,
            outcome.check.clear,
            {
              step: step.id,
              ...outcome.check,
            },
          )
        : new WaitingError(msg().run.waitsOnSteps({step: step.id, unmet: outcome.unmet}), msg().run.waitsOnStepsFix)
    case 'stale':
      return new InputError(msg().run.staleStop({step: step.id, changed: outcome.changed}), msg().run.staleFix)
    case 'unavailable':
      return new UserError(msg().steps.unavailable({step: step.id, title: inLang(step.title)}), EXIT.waiting, msg().steps.unavailableFix)
    case 'failed':
      return outcome.error
  }
}

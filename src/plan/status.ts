import {inLang, msg} from '../i18n'
import {allCounters, InputChange} from '../store/changes'
import {Store} from '../store/store'
import {todayJakarta} from '../util/time'
import {STAGES, StepStatus} from './definition'
import {staleness} from './freshness'
import {recordedOutDir} from './out-dir'
import {stepHandler} from './registry'
import {getCutover, getPlan, PlanStep} from './repository'
import {StepContext} from './step'

/** A step as it stands now: `stale` for a done step whose inputs changed since; a gate as its check finds it. */
export type StepState = StepStatus | 'stale'

/** A step as a person reads it: its texts in the run's language. */
export interface StepView extends Omit<PlanStep, 'status' | 'title' | 'owner' | 'seed_ref'> {
  title: string
  owner: string
  seed_ref: string | null
  status: StepState
  /** What the store records; differs from `status` for a stale step and for a gate whose check moved on. */
  recorded_status: StepStatus
  stale?: {changed: (InputChange & {label: string})[]; command: string}
  waiting?: {on: string; clear: string}
}

export interface StageProgress {
  stage: string
  done: number
  total: number
  status: 'done' | 'in_progress' | 'pending' | 'blocked' | 'failed'
}

export interface MigrationStatus {
  cutover: string
  today: string
  progress: {done: number; total: number}
  stages: StageProgress[]
  steps: StepView[]
  overdue: {id: string; title: string; owner: string; due_date: string; status: string}[]
  waiting: {id: string; title: string; owner: string; status: string; note: string | null; clear?: string}[]
  stale: {id: string; title: string; changed: (InputChange & {label: string})[]; command: string}[]
}

/** Decisions are recorded, not worked on: they never count toward progress or lateness. */
const isWork = (s: StepView) => s.kind !== 'decision'
const finished = (status: StepState | undefined) => status === 'done' || status === 'skipped'

function stageStatus(steps: StepView[]): StageProgress['status'] {
  if (steps.every((s) => finished(s.status))) return 'done'
  if (steps.some((s) => s.status === 'failed')) return 'failed'
  if (steps.some((s) => s.status === 'blocked')) return 'blocked'
  if (steps.some((s) => finished(s.status) || s.status === 'running' || s.status === 'stale')) return 'in_progress'
  return 'pending'
}

/**
 * Every step as it stands now, without writing anything: a done automatic step whose inputs changed
 * is stale (with what changed and the command that brings it up to date), and a gate whose steps
 * before it are finished (or that a run has checked before) is checked now, so a sign-off or a closed
 * channel shows the moment it is recorded, and a stale draft the moment it goes stale.
 */
async function stepViews(store: Store, steps: PlanStep[]): Promise<StepView[]> {
  const m = msg().plan
  const all = await allCounters(store.knex)
  const ctx: StepContext = {store, outDir: await recordedOutDir(store.knex), yes: false, progress: () => {}}
  const now = new Map<string, StepState>()
  const views: StepView[] = []
  for (const s of steps) {
    const view: StepView = {
      ...s,
      title: inLang(s.title),
      owner: inLang(s.owner),
      seed_ref: s.seed_ref && inLang(s.seed_ref),
      recorded_status: s.status,
    }
    const changed = staleness(s, all)
    if (changed.length) {
      view.status = 'stale'
      view.stale = {changed: changed.map((c) => ({...c, label: m.input(c.input)})), command: m.staleCommand({stage: s.stage})}
    } else if (s.kind === 'gate' && (s.status !== 'pending' || s.depends_on.every((d) => finished(now.get(d))))) {
      const check = await stepHandler(s.id)?.check?.(ctx)
      if (check?.cleared) {
        view.status = 'done'
        if (s.status !== 'done') view.note = check.waitingOn
      } else if (check) {
        view.status = 'blocked'
        view.note = msg().steps.waiting({on: check.waitingOn})
        view.waiting = {on: check.waitingOn, clear: check.clear}
      }
    }
    now.set(s.id, view.status)
    views.push(view)
  }
  return views
}

/** Where the migration stands, read from the store without changing it. */
export async function migrationStatus(store: Store): Promise<MigrationStatus> {
  const steps = await stepViews(store, await getPlan(store.knex))
  const today = todayJakarta()
  const work = steps.filter(isWork)
  return {
    cutover: (await getCutover(store.knex))!,
    today,
    progress: {done: work.filter((s) => finished(s.status)).length, total: work.length},
    stages: STAGES.map((stage) => {
      const inStage = work.filter((s) => s.stage === stage)
      return {stage, done: inStage.filter((s) => finished(s.status)).length, total: inStage.length, status: stageStatus(inStage)}
    }),
    steps,
    overdue: work
      .filter((s) => !finished(s.status) && s.due_date !== null && s.due_date < today)
      .map((s) => ({id: s.id, title: s.title, owner: s.owner, due_date: s.due_date!, status: s.status})),
    waiting: work
      .filter((s) => s.status === 'blocked' || s.status === 'failed' || (s.kind === 'gate' && !finished(s.status)))
      .map((s) => ({id: s.id, title: s.title, owner: s.owner, status: s.status, note: s.note, clear: s.waiting?.clear})),
    stale: work.filter((s) => s.stale).map((s) => ({id: s.id, title: s.title, ...s.stale!})),
  }
}

import type {Bilingual} from '../i18n'
import type {Counters} from '../store/changes'
import type {Store} from '../store/store'

/** The stages of the plan, in the order they run (the plan definition lists them). */
export type Stage = 'prepare' | 'kms' | 'tickets' | 'roles' | 'channels' | 'handover'
export type StepStatus = 'pending' | 'running' | 'done' | 'failed' | 'blocked' | 'skipped'
/** auto: the tool does it; gate: a person must act, the tool checks; decision: recorded, not a to-do. */
export type StepKind = 'auto' | 'gate' | 'decision'

/** One step of the plan as the store records it. */
export interface PlanStep {
  id: string
  stage: Stage
  stage_order: number
  seq: number
  kind: StepKind
  /** From the plan's definition in both languages (the store keeps the Indonesian text as it was recorded). */
  title: Bilingual
  owner: Bilingual
  due_date: string | null
  status: StepStatus
  actor: string | null
  updated_at: string | null
  note: string | null
  depends_on: string[]
  seed_ref: Bilingual | null
  /** For a done automatic step: the counters of what it was computed from, when it was done. */
  inputs: Counters | null
}

/** The plan as it stands, for a step that reports on it (the handover workbooks). */
export interface PlanView {
  cutover: string
  /** Work steps finished (done or skipped) of all work steps; decisions are not work. */
  progress: {done: number; total: number}
  steps: PlanStep[]
}

/** What a step gets to work with. Domain code reports progress through `progress`, never a terminal. */
export interface StepContext {
  store: Store
  /** Where this migration's artifacts go (kms/, archive/, workbooks). */
  outDir: string
  /** The person running it has answered confirmations in advance (`--yes`). */
  yes: boolean
  progress(message: string): void
  /** For an automatic step that is running: the counters of what it is computed from, as its plan step records them. */
  inputs?: Counters | null
  /** For an automatic step that is running: the plan as it stands, read when asked (the runner supplies it). */
  plan?: () => Promise<PlanView>
}

export interface GateCheck {
  cleared: boolean
  /** Who the gate waits on, and for what, in a sentence. */
  waitingOn: string
  /** The command (or commands) that clear it. */
  clear: string
  /** Counts or lists a person needs to act, e.g. {pending: 12}. */
  details?: Record<string, unknown>
}

export interface StepHandler {
  /** For automatic steps: do the work (idempotently: a crash mid-way means it runs again). Returns a note. */
  run?(ctx: StepContext): Promise<string | void>
  /** For gates: read-only check of whether a person has done what the gate waits for. */
  check?(ctx: StepContext): Promise<GateCheck>
}

/** What each domain's steps module exports as `steps`: the plan step ids it carries out, and how. */
export type StepHandlers = Readonly<Record<string, StepHandler>>

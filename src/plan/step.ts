import type {Counters} from '../store/changes'
import type {Store} from '../store/store'

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

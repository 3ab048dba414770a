import {Knex} from 'knex'
import {nowIso} from '../util/time'

/**
 * The inputs of the migration whose changes make what was computed from them out of date: each
 * register, the SMEs' decisions, the role mapping, the channel checklists, the published figures
 * (or the decision to go without them) and the cutover.
 */
export const STATE_INPUTS = [
  'tickets',
  'faq',
  'roster',
  'survey',
  'chatbot',
  'visits',
  'vicon',
  'kms_decisions',
  'roles',
  'channels',
  'published_figures',
  'cutover',
] as const
export type StateInput = (typeof STATE_INPUTS)[number]

/** A counted input: state, the sign-offs, or what a plan step produced (`step:<id>`, counted each time it is done). */
export type ChangeInput = StateInput | 'signoffs' | `step:${string}`

/** Counters by input, as they stood at one moment; an input never changed counts 0. */
export type Counters = Record<string, number>

export const stepOutput = (stepId: string): `step:${string}` => `step:${stepId}`

/**
 * Count one change of `input` inside the transaction that makes it, so the count and the change
 * land together; returns the new count, which the caller's audit entry of that change names.
 */
export async function bumpChange(trx: Knex.Transaction, input: ChangeInput, actor: string): Promise<number> {
  // knex's own FOR UPDATE (SQLite, whose writers are serialised, compiles it to nothing): this module is
  // read by the catalogue for its types, so it stays clear of the dialects, which speak through the catalogue.
  const row = await trx('changes').where({input}).first('counter').forUpdate()
  const counter = Number(row?.counter ?? 0) + 1
  const patch = {counter, changed_at: nowIso(), actor}
  if (row) await trx('changes').where({input}).update(patch)
  else await trx('changes').insert({input, ...patch})
  return counter
}

/** The current counters of `inputs` (every counted input when none are named). */
export async function changeCounters(knex: Knex, inputs?: readonly string[]): Promise<Counters> {
  const query = knex('changes').select('input', 'counter')
  if (inputs) query.whereIn('input', [...inputs])
  const rows: {input: string; counter: number | string}[] = await query
  const counters: Counters = Object.fromEntries((inputs ?? []).map((i) => [i, 0]))
  for (const r of rows) counters[r.input] = Number(r.counter)
  return counters
}

export interface InputChange {
  input: string
  was: number
  now: number
}

/**
 * The inputs of `recorded` whose counter moved since (`current` holds at least those inputs; one it
 * lacks counts 0). A snapshot of everything holds every state input, so a first change of any counts.
 */
export function changedSince(recorded: Counters, current: Counters): InputChange[] {
  return Object.entries(recorded)
    .map(([input, was]) => ({input, was, now: current[input] ?? 0}))
    .filter((c) => c.was !== c.now)
}

/** Every counter there is, state inputs that never changed as 0. */
export async function allCounters(knex: Knex): Promise<Counters> {
  return {...Object.fromEntries(STATE_INPUTS.map((i) => [i, 0])), ...(await changeCounters(knex))}
}

/** The counters of every input but `excluded`: what a result computed from the whole state, such as the handover draft, records. */
export function pickEverything(all: Counters, excluded: ReadonlySet<string>): Counters {
  return Object.fromEntries(Object.entries(all).filter(([input]) => !excluded.has(input)))
}

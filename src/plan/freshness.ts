import {Knex} from 'knex'
import {allCounters, changedSince, Counters, InputChange, pickEverything} from '../store/changes'
import {laterOutputs, planSteps} from './definition'
import {PlanStep} from './repository'

/** What a step declares it is computed from: the counters to record, read from `all`; null for steps without inputs. */
export function inputsFrom(all: Counters, stepId: string): Counters | null {
  const def = planSteps().find((s) => s.id === stepId)
  if (!def?.inputs) return null
  if (def.inputs === 'everything') return pickEverything(all, new Set([...(def.signed ? [] : ['signoffs']), ...laterOutputs(stepId)]))
  return Object.fromEntries(def.inputs.map((i) => [i, all[i] ?? 0]))
}

/** The counters a step records when it is done now. */
export async function currentInputs(knex: Knex, stepId: string): Promise<Counters | null> {
  return inputsFrom(await allCounters(knex), stepId)
}

/** What changed since a done automatic step was computed; empty when it is up to date (or records nothing). */
export function staleness(step: PlanStep, all: Counters): InputChange[] {
  if (step.kind !== 'auto' || step.status !== 'done' || !step.inputs) return []
  return changedSince(step.inputs, all)
}

/** Every done step that is stale, in plan order, with what changed. */
export async function staleSteps(knex: Knex, steps: PlanStep[]): Promise<{step: PlanStep; changed: InputChange[]}[]> {
  const all = await allCounters(knex)
  return steps.map((step) => ({step, changed: staleness(step, all)})).filter((s) => s.changed.length > 0)
}

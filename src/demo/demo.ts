import {existsSync, mkdirSync, readdirSync, rmSync} from 'node:fs'
import {join, resolve} from 'node:path'
import {InputError} from '../errors'
import {GateCheck, StepContext} from '../plan/registry'
import {PlanStep} from '../plan/repository'
import {Store} from '../store/store'
import {packageRoot} from '../util/paths'

export const DEFAULT_DEMO_OUT = 'demo-out'

export function fixturesDir(): string {
  return join(packageRoot(), 'fixtures')
}

/** Make DIR ready for a fresh demo; an existing non-empty folder is replaced only with --force. */
export function prepareDemoDir(dir: string, force: boolean): string {
  const out = resolve(dir)
  if (existsSync(out) && readdirSync(out).length > 0) {
    if (!force)
      throw new InputError(`${out} already exists and is not empty`, 'pass --force to replace it, or choose another folder with --out')
    rmSync(out, {recursive: true, force: true})
  }
  mkdirSync(out, {recursive: true})
  return out
}

/** One thing the demo does before running the plan, such as loading a fixture register. */
export interface DemoLoad {
  title: string
  run(store: Store, fixtures: string, outDir: string): Promise<string>
}

/** Fixture registers the demo loads, in order. Later capabilities add theirs here. */
export const DEMO_LOADS: DemoLoad[] = []

/**
 * How the demo answers a gate, as the person it waits on would, from decisions shipped in the
 * fixtures. Returns true when it answered.
 */
export const DEMO_GATE_ANSWERS: Record<string, (ctx: StepContext, check: GateCheck, fixtures: string) => Promise<boolean>> = {}

/** Modules that add their loads and gate answers to the maps above when required. */
const DEMO_CONTRIBUTIONS = ['../sources/demo-loads', '../signoff/demo', '../channels/demo', '../kms/demo', '../metrics/demo']

export function loadDemoContributions(): void {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  for (const m of DEMO_CONTRIBUTIONS) require(m)
}

export function demoAnswerGate(fixtures: string) {
  return async (step: PlanStep, check: GateCheck, ctx: StepContext): Promise<boolean> => {
    const answer = DEMO_GATE_ANSWERS[step.id]
    return answer ? answer(ctx, check, fixtures) : false
  }
}

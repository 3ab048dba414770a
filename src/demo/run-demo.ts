import {existsSync} from 'node:fs'
import {join} from 'node:path'
import {msg} from '../i18n'
import {resolveOutDir} from '../plan/out-dir'
import {initPlan, PlanStep} from '../plan/repository'
import {prepareRun, RunOptions, RunReport, RunResult, stoppedError} from '../plan/runner'
import {openStore, Store} from '../store/store'
import {fixturesDir, prepareDemoDir} from './demo'
import {demoAnswerGate} from './gate-answers'
import {DEMO_LOADS, DemoLoad} from './loads'

export interface DemoResult {
  out: string
  store: string
  loads: string[]
  run: RunReport
  stopped?: string
  outputs: {label: string; path: string; exists: boolean}[]
}

/** How the terminal shows the demo's two phases; the command supplies listr2, tests can supply plain calls. */
export interface DemoUi {
  loads(tasks: {title: string; run: () => Promise<string>}[]): Promise<void>
  run(steps: PlanStep[], ctx: {store: Store; outDir: string; yes: boolean}, opts: RunOptions): Promise<RunResult>
}

/** The whole migration on the bundled fixtures, in a fresh embedded store at DIR/state.db. */
export async function runDemo(dir: string, force: boolean, actor: string, ui: DemoUi): Promise<DemoResult> {
  const out = prepareDemoDir(dir, force)
  const store = await openStore({db: `sqlite:${join(out, 'state.db')}`, actor, command: 'prime-migrate demo'})
  try {
    await initPlan(store)
    // Recorded like `run --out`, so a later `prime-migrate run --db DIR/state.db` continues in DIR.
    await resolveOutDir(store, out)
    const fixtures = fixturesDir()
    const loads: string[] = []
    await ui.loads(
      Object.values<DemoLoad>(DEMO_LOADS).map((l) => ({
        title: l.title,
        run: async () => {
          const note = await l.run(store, fixtures, out)
          loads.push(`${l.title}: ${note}`)
          return note
        },
      })),
    )
    const opts: RunOptions = {answerGate: demoAnswerGate(fixtures)}
    const {report, stop} = await ui.run(await prepareRun(store, opts), {store, outDir: out, yes: true}, opts)
    let stopped: string | undefined
    if (stop) {
      const error = stoppedError(stop.step, stop.outcome)
      // A step this version cannot do yet ends the demo there, plainly; anything else is a real failure.
      if (stop.outcome.kind !== 'unavailable') throw error
      stopped = error.message
    }
    const outputs = [
      {label: msg().walkthrough.outputs.store, path: join(out, 'state.db')},
      {label: msg().walkthrough.outputs.kms, path: join(out, 'kms')},
      {label: msg().walkthrough.outputs.archive, path: join(out, 'archive')},
      {label: msg().walkthrough.outputs.metrics, path: join(out, 'metrics.xlsx')},
      {label: msg().walkthrough.outputs.draft, path: join(out, 'handover-draft.xlsx')},
      {label: msg().walkthrough.outputs.handover, path: join(out, 'handover.xlsx')},
    ].map((o) => ({...o, exists: existsSync(o.path)}))
    return {out, store: `sqlite:${join(out, 'state.db')}`, loads, run: report, stopped, outputs}
  } finally {
    await store.close()
  }
}

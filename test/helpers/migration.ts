import {fixturesDir} from '../../src/demo/demo'
import {demoAnswerGate} from '../../src/demo/gate-answers'
import {DEMO_LOADS, DemoLoad} from '../../src/demo/loads'
import {resolveOutDir} from '../../src/plan/out-dir'
import {initPlan} from '../../src/plan/repository'
import {executeStep, prepareRun, RunOptions, stopsRun} from '../../src/plan/runner'
import {join} from 'node:path'
import {Store} from '../../src/store/store'
import {createTestDb, TestDb} from './dbs'

/**
 * The whole migration on the bundled fixtures, as the demo does it but on any store: every register
 * loaded, then the plan run with the people's answers from the fixtures, except for the gates named
 * in `leave`, where it stops. Returns the id of the step it stopped at, if any.
 */
export async function migrateFixtures(store: Store, outDir: string, leave: string[] = ['handover.signoff']): Promise<string | undefined> {
  await initPlan(store)
  await resolveOutDir(store, outDir)
  const fixtures = fixturesDir()
  for (const load of Object.values<DemoLoad>(DEMO_LOADS)) await load.run(store, fixtures, outDir)
  return runPlan(store, outDir, leave)
}

/** Run the plan from where it stands, answering gates from the fixtures except those in `leave`; stale steps are redone. */
export async function runPlan(store: Store, outDir: string, leave: string[] = ['handover.signoff']): Promise<string | undefined> {
  const answer = demoAnswerGate(fixturesDir())
  const opts: RunOptions = {
    redoStale: true,
    answerGate: (step, check, ctx) => (leave.includes(step.id) ? Promise.resolve(false) : answer(step, check, ctx)),
  }
  for (const step of await prepareRun(store, opts)) {
    const outcome = await executeStep(step, {store, outDir, yes: true, progress: () => {}}, opts)
    if (outcome.kind === 'failed') throw outcome.error
    if (stopsRun(outcome)) return step.id
  }
  return undefined
}

/** A test store of its own on `dialect` with the whole migration run up to the sign-off gate, its output in `<dir>/out`. */
export async function migratedTestDb(dialect: 'sqlite' | 'mysql'): Promise<{db: TestDb; out: string}> {
  const db = await createTestDb(dialect)
  const out = join(db.dir, 'out')
  const store = await db.open()
  try {
    if ((await migrateFixtures(store, out)) !== 'handover.signoff') throw new Error('the migration did not stop at the sign-off gate')
  } finally {
    await store.close()
  }
  return {db, out}
}

import {join} from 'node:path'
import {Flags} from '@oclif/core'
import {Listr} from 'listr2'
import {BaseCommand} from '../src/base-command'
import {DEFAULT_DEMO_OUT, DEMO_LOADS, demoAnswerGate, fixturesDir, loadDemoContributions, prepareDemoDir} from '../src/demo/demo'
import {initPlan} from '../src/plan/repository'
import {prepareRun} from '../src/plan/runner'
import {openStore, Store} from '../src/store/store'
import {currentRenderer} from '../src/ui/renderer'
import {runStepsWithProgress, RunReport} from '../src/ui/run-tasks'
import {UserError} from '../src/errors'

export default class Demo extends BaseCommand<typeof Demo> {
  static description = 'Run the whole migration on the bundled fixtures into a fresh embedded store in DIR'
  static examples = ['<%= config.bin %> demo', '<%= config.bin %> demo --out /tmp/demo --force']
  static flags = {
    force: Flags.boolean({description: 'replace DIR if it exists'}),
    out: Flags.string({description: 'folder for the demo\'s store and artifacts', default: DEFAULT_DEMO_OUT}),
  }

  private demoStore?: Store

  async run(): Promise<{out: string; store: string; loads: string[]; run: RunReport; stopped?: string}> {
    const out = prepareDemoDir(this.flags.out, this.flags.force)
    loadDemoContributions()
    const store = await openStore({db: `sqlite:${join(out, 'state.db')}`, actor: this.actor, command: 'prime-migrate demo'})
    this.demoStore = store
    await initPlan(store)
    const fixtures = fixturesDir()
    const loads: string[] = []
    await new Listr(
      DEMO_LOADS.map((l) => ({title: l.title, task: async (_: unknown, task: any) => { const note = await l.run(store, fixtures, out); loads.push(`${l.title}: ${note}`); task.title = `${l.title}: ${note}` }})),
      {renderer: currentRenderer(this.jsonEnabled()), fallbackRenderer: 'simple', exitOnError: true},
    ).run()
    const opts = {answerGate: demoAnswerGate(fixtures)}
    let report: RunReport = {ran: []}
    let stopped: string | undefined
    try {
      report = await runStepsWithProgress(await prepareRun(store, opts), {store, outDir: out, yes: true}, opts, this.jsonEnabled())
    } catch (error) {
      // A step this version cannot do yet ends the demo there, plainly; anything else is a real failure.
      if (!(error instanceof UserError) || !/cannot do this step yet/.test(error.message)) throw error
      stopped = error.message
    }
    this.info(`\nDemo selesai di ${out}\n  store: ${join(out, 'state.db')}${stopped ? `\n  berhenti: ${stopped}` : ''}`)
    return {out, store: `sqlite:${join(out, 'state.db')}`, loads, run: report, stopped}
  }

  protected override async finally(err: Error | undefined): Promise<any> {
    if (this.demoStore) await this.demoStore.close().catch(() => {})
    return super.finally(err)
  }
}

import {Args, Flags} from '@oclif/core'
import {BaseCommand} from '../src/base-command'
import {resolveOutDir} from '../src/plan/out-dir'
import {prepareRun, previewStep, previewText, RunReport, stoppedError, validStage} from '../src/plan/runner'
import {getPlan} from '../src/plan/repository'
import {STAGES} from '../src/plan/definition'
import {runStepsWithProgress} from '../src/ui/run-tasks'

export default class Run extends BaseCommand<typeof Run> {
  static description = 'Execute the pending steps of the plan in order; resumable; stops at a gate with exit 3'
  static examples = ['<%= config.bin %> run', '<%= config.bin %> run kms --dry-run', '<%= config.bin %> run tickets --redo tickets.export']
  static args = {
    stage: Args.string({description: `only this stage (${STAGES.join(', ')})`, required: false}),
  }
  static flags = {
    'dry-run': Flags.boolean({description: 'change nothing; say what would run'}),
    out: Flags.string({description: "folder for this migration's artifacts (remembered after the first run; default ./migration-out)"}),
    redo: Flags.string({description: 'run this done automatic step again (repeatable)', multiple: true}),
    yes: Flags.boolean({char: 'y', description: 'answer yes to confirmations (for scripts)'}),
  }
  static mutates = true

  // A dry run only reads, so it neither waits on nor blocks another operator.
  protected override takesLock(): boolean {
    return !this.flags['dry-run']
  }

  async run(): Promise<RunReport | {dry_run: true; steps: {id: string; would: string}[]}> {
    const stage = validStage(this.args.stage)
    const store = await this.store()
    if (this.flags['dry-run']) {
      const steps = (await getPlan(store.knex)).filter((s) => !stage || s.stage === stage)
      const ctx = {store, outDir: '', yes: Boolean(this.flags.yes), progress: () => {}}
      const out = []
      for (const s of steps) {
        const preview = await previewStep(s, ctx)
        const would = previewText(preview)
        out.push({id: s.id, would})
        this.info(`${s.id.padEnd(28)} ${would}`)
        if (preview.kind === 'waiting') break
      }
      return {dry_run: true, steps: out}
    }
    const opts = {stage, redo: this.flags.redo}
    const steps = await prepareRun(store, opts)
    const outDir = await resolveOutDir(store, this.flags.out)
    const {report, stop} = await runStepsWithProgress(steps, {store, outDir, yes: Boolean(this.flags.yes)}, opts, this.jsonEnabled())
    if (stop) throw stoppedError(stop.step, stop.outcome)
    this.info(`Selesai: ${report.ran.filter((r) => r.outcome === 'done').length} langkah dijalankan.`)
    return report
  }
}

import {Args, Flags} from '@oclif/core'
import {BaseCommand} from '../src/base-command'
import {WaitingError} from '../src/errors'
import {msg} from '../src/i18n'
import {STAGES} from '../src/plan/definition'
import {staleSteps} from '../src/plan/freshness'
import {resolveOutDir} from '../src/plan/out-dir'
import {getPlan} from '../src/plan/repository'
import {prepareRun, previewStep, previewText, RunReport, stoppedError, validStage} from '../src/plan/runner'
import {lastArtifactId, writtenSince} from '../src/plan/written'
import {confirmStale} from '../src/ui/confirm-stale'
import {runStepsWithProgress} from '../src/ui/run-tasks'

export default class Run extends BaseCommand<typeof Run> {
  static description =
    'Execute the pending steps of the plan in order, redoing stale ones after confirmation; resumable; stops at a gate with exit 3'
  static examples = [
    '<%= config.bin %> run',
    '<%= config.bin %> run kms --dry-run',
    '<%= config.bin %> run tickets --redo tickets.export',
    '<%= config.bin %> run --yes',
  ]
  static args = {
    stage: Args.string({description: `only this stage (${STAGES.join(', ')})`, required: false}),
  }
  static flags = {
    'dry-run': Flags.boolean({description: 'change nothing; say what would run'}),
    out: Flags.string({description: "folder for this migration's artifacts (remembered after the first run; default ./migration-out)"}),
    redo: Flags.string({description: 'run this done automatic step again (repeatable)', multiple: true}),
    yes: Flags.boolean({char: 'y', description: 'answer yes to confirmations (redo stale steps; for scripts)'}),
  }
  static mutates = true

  // A dry run only reads, so it neither waits on nor blocks another operator.
  protected override takesLock(): boolean {
    return !this.flags['dry-run']
  }

  async run(): Promise<RunReport | {dry_run: true; steps: {id: string; would: string}[]}> {
    const stage = validStage(this.args.stage)
    const store = await this.store()
    const m = msg().run
    if (this.flags['dry-run']) {
      const steps = (await getPlan(store.knex)).filter((s) => !stage || s.stage === stage)
      const ctx = {store, outDir: '', yes: Boolean(this.flags.yes), progress: () => {}}
      const out = []
      for (const s of steps) {
        const preview = await previewStep(s, ctx)
        const would = previewText(preview)
        out.push({id: s.id, would})
        this.info(`${s.id.padEnd(28)} ${would}`)
        if (preview.kind === 'waiting' || preview.kind === 'waiting_steps') break
      }
      return {dry_run: true, steps: out}
    }
    const opts = {stage, redo: this.flags.redo}
    const steps = await prepareRun(store, opts)
    await confirmStale(await staleSteps(store.knex, steps), {yes: Boolean(this.flags.yes), json: this.jsonEnabled()})
    const outDir = await resolveOutDir(store, this.flags.out)
    const since = await lastArtifactId(store.knex)
    const {report, stop} = await runStepsWithProgress(
      steps,
      {store, outDir, yes: Boolean(this.flags.yes)},
      {...opts, redoStale: true},
      this.jsonEnabled(),
      (line) => this.info(line),
    )
    const wrote = await writtenSince(store.knex, since)
    report.wrote = wrote.map((w) => w.path)
    this.info(wrote.length ? `\n${m.wrote({files: wrote})}` : `\n${m.wroteNothing}`)
    if (stop) {
      const error = stoppedError(stop.step, stop.outcome)
      // The files written before the stop are part of what a script reads from the JSON error too.
      throw error instanceof WaitingError
        ? new WaitingError(error.message, error.fix, {...(error.details as object), wrote: report.wrote})
        : error
    }
    this.info(m.finished({count: report.ran.filter((r) => r.outcome === 'done').length}))
    return report
  }
}

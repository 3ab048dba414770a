import {Flags} from '@oclif/core'
import {BaseCommand} from '../src/base-command'
import {DEFAULT_DEMO_OUT} from '../src/demo/demo'
import {msg} from '../src/i18n'
import {DemoResult, runDemo} from '../src/demo/run-demo'
import {currentRenderer} from '../src/ui/renderer'
import {runStepsWithProgress} from '../src/ui/run-tasks'
import {Listr} from 'listr2'

export default class Demo extends BaseCommand<typeof Demo> {
  static description = 'Run the whole migration on the bundled fixtures into a fresh embedded store in DIR'
  static examples = ['<%= config.bin %> demo', '<%= config.bin %> demo --out /tmp/demo --force']
  static flags = {
    force: Flags.boolean({description: 'replace DIR if it exists'}),
    out: Flags.string({description: "folder for the demo's store and artifacts", default: DEFAULT_DEMO_OUT}),
  }

  async run(): Promise<DemoResult> {
    const json = this.jsonEnabled()
    const result = await runDemo(this.flags.out, this.flags.force, this.actor, {
      loads: async (tasks) => {
        await new Listr(
          tasks.map((t) => ({title: t.title, task: async (_: unknown, task: any) => (task.title = `${t.title}: ${await t.run()}`)})),
          {renderer: currentRenderer(json), fallbackRenderer: 'simple', exitOnError: true},
        ).run()
      },
      run: (steps, ctx, opts) => runStepsWithProgress(steps, ctx, opts, json, (line) => this.info(line)),
    })
    const m = msg().walkthrough
    this.info(m.finished(result))
    for (const o of result.outputs) this.info(`  ${o.exists ? '✔' : '✖'} ${o.label.padEnd(24)} ${o.path}`)
    if (result.stopped) this.info(m.stopped({reason: result.stopped}))
    this.info(m.verify(result))
    return result
  }
}

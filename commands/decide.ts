import {Args, Flags} from '@oclif/core'
import {BaseCommand} from '../src/base-command'
import {msg} from '../src/i18n'
import {decideNoPublishedFigures, DECISIONS, NoFiguresDecision} from '../src/metrics/published-setting'

export default class Decide extends BaseCommand<typeof Decide> {
  static description =
    'Record a decision the plan waits on, with why: no_published_figures (build the metrics workbook without reconciliation); audited'
  static examples = ['<%= config.bin %> decide no_published_figures --note "laporan bulanan Mei 2025 belum terbit"']
  static args = {
    decision: Args.string({description: 'the decision', required: true, options: [...DECISIONS]}),
  }
  static flags = {
    note: Flags.string({description: 'why (required)', required: true}),
  }
  static mutates = true

  async run(): Promise<{decision: string} & NoFiguresDecision> {
    const d = await decideNoPublishedFigures(await this.store(), this.flags.note)
    this.info(msg().metrics.decided(d))
    return {decision: this.args.decision, ...d}
  }
}

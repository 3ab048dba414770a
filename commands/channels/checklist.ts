import {Args, Flags} from '@oclif/core'
import {BaseCommand} from '../../src/base-command'
import {CheckResult} from '../../src/channels/check'
import {channelDef} from '../../src/channels/definition'
import {InputError} from '../../src/errors'
import {walkChecklist} from '../../src/ui/checklist'
import {msg} from '../../src/i18n'

export default class ChannelsChecklist extends BaseCommand<typeof ChannelsChecklist> {
  static args = {
    channel: Args.string({description: 'the channel to walk through (asked when left out)', required: false}),
  }
  static description = 'Walk through the open shutdown steps of a channel, answering questions (needs a terminal)'
  static examples = ['<%= config.bin %> channels checklist', '<%= config.bin %> channels checklist whatsapp --actor rina.cc']
  static flags = {
    yes: Flags.boolean({char: 'y', description: 'not accepted here: this command only asks; use `channels check` in scripts'}),
  }
  static mutates = true

  async run(): Promise<{channel: string | null; recorded: CheckResult[]}> {
    if (!process.stdin.isTTY || !process.stdout.isTTY || this.jsonEnabled() || this.flags.yes) {
      const why = this.jsonEnabled() ? 'json' : this.flags.yes ? 'yes' : 'tty'
      throw new InputError(msg().commands.checklistCannotAsk({why}), msg().commands.checklistCannotAskFix)
    }
    if (this.args.channel) channelDef(this.args.channel)
    const store = await this.store()
    return walkChecklist(store, this.args.channel, (line) => this.log(line))
  }
}

import {Args} from '@oclif/core'
import {BaseCommand} from '../../src/base-command'
import {channelDef} from '../../src/channels/definition'
import {ChannelState, listChannels} from '../../src/channels/state'
import {renderChannels} from '../../src/ui/channels-tables'

export default class ChannelsList extends BaseCommand<typeof ChannelsList> {
  static args = {
    channel: Args.string({description: 'only this channel', required: false}),
  }
  static description = 'Each channel with its contact point, decision (close or keep) and shutdown checklist state'
  static examples = ['<%= config.bin %> channels list', '<%= config.bin %> channels list whatsapp --json']

  async run(): Promise<{channels: ChannelState[]}> {
    if (this.args.channel) channelDef(this.args.channel)
    const store = await this.store()
    const channels = await listChannels(store.knex, this.args.channel)
    this.info(renderChannels(channels))
    return {channels}
  }
}

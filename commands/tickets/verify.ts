import {Args} from '@oclif/core'
import {BaseCommand} from '../../src/base-command'
import {ArchiveVerification, verifyArchive} from '../../src/tickets/verify'
import {msg} from '../../src/i18n'

export default class TicketsVerify extends BaseCommand<typeof TicketsVerify> {
  static description =
    'Verify a ticket archive: checksums against its manifest, rows per month and channel against the store (exit 4 on mismatch)'
  static examples = ['<%= config.bin %> tickets verify arsip']
  static args = {
    dir: Args.string({description: 'the archive folder (the --out of tickets export)', required: true}),
  }
  static mutates = true

  async run(): Promise<ArchiveVerification> {
    const store = await this.store()
    const result = await verifyArchive(store, this.args.dir)
    this.info(msg().commands.archiveVerified(result))
    return result
  }
}

import {Args, Flags} from '@oclif/core'
import {BaseCommand} from '../../src/base-command'
import {InputError} from '../../src/errors'
import {msg} from '../../src/i18n'
import {DeskproSummary, importDeskpro} from '../../src/sources/deskpro'
import {ImportSummary} from '../../src/sources/import-rows'
import {prepareRegisterImport} from '../../src/sources/import-file'
import {deskproLines} from '../../src/ui/deskpro-lines'
import {importWithProgress, summaryLines} from '../../src/ui/import-progress'

export default class ImportTickets extends BaseCommand<typeof ImportTickets> {
  static args = {file: Args.string({description: 'ticket register: .csv with a header row, or .jsonl', required: false})}
  static description = 'Import the ticket register from a CSV/JSONL file or, read-only, from a Deskpro MySQL database'
  static examples = [
    '<%= config.bin %> import tickets fixtures/tickets/2025-02.csv',
    '<%= config.bin %> import tickets --deskpro mysql://reader:secret@deskpro-db:3306/deskpro --since 2025-02-01',
  ]
  static flags = {
    deskpro: Flags.string({description: 'read tickets from a Deskpro MySQL database (read-only)'}),
    since: Flags.string({description: 'with --deskpro: only tickets created on or after this date (YYYY-MM-DD)', dependsOn: ['deskpro']}),
    'load-data': Flags.boolean({
      description:
        'MySQL/MariaDB store: load new rows with LOAD DATA LOCAL INFILE (needs local_infile on the server); same checks, rejects and audit',
      exclusive: ['deskpro'],
    }),
  }
  static mutates = true

  async run(): Promise<ImportSummary> {
    const {file} = this.args
    const {deskpro, since} = this.flags
    if (file && deskpro) throw new InputError(msg().imports.fileOrDeskpro, msg().imports.fileOrDeskproFix)
    if (!file && !deskpro) throw new InputError(msg().imports.nothing, msg().imports.nothingFix)
    const read = deskpro ? importDeskpro : undefined
    const store = await this.store()
    const job = read
      ? undefined
      : await prepareRegisterImport(store, 'tickets', file!, {bulk: this.flags['load-data'] ? 'load-data' : 'insert'})
    const summary = await importWithProgress(msg().imports.title({register: 'tickets'}), this.jsonEnabled(), (progress) =>
      read ? read(store, deskpro!, {since, progress}) : job!.run(progress),
    )
    for (const line of summaryLines(summary)) this.info(line)
    if (read) for (const line of deskproLines(summary as DeskproSummary)) this.info(line)
    return summary
  }
}

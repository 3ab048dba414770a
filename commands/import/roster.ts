import {Args} from '@oclif/core'
import {BaseCommand} from '../../src/base-command'
import {ImportSummary} from '../../src/sources/engine'
import {prepareRegisterImport} from '../../src/sources/import-file'
import {importWithProgress, summaryLines} from '../../src/ui/import-progress'

export default class ImportRoster extends BaseCommand<typeof ImportRoster> {
  static args = {file: Args.string({description: 'CSV file with a header row', required: true})}
  static description = 'Import the roster of agents: agent_id, name, email, level, unit, kms_contributor, sme'
  static examples = ['<%= config.bin %> import roster fixtures/roster.csv']
  static mutates = true

  async run(): Promise<ImportSummary> {
    const store = await this.store()
    const job = await prepareRegisterImport(store, 'roster', this.args.file)
    const summary = await importWithProgress('Impor roster', this.jsonEnabled(), job.run)
    for (const line of summaryLines(summary)) this.info(line)
    return summary
  }
}

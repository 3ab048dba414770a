import {Args} from '@oclif/core'
import {BaseCommand} from '../../src/base-command'
import {ImportSummary} from '../../src/sources/engine'
import {prepareRegisterImport} from '../../src/sources/import-file'
import {importWithProgress, summaryLines} from '../../src/ui/import-progress'

export default class ImportVicon extends BaseCommand<typeof ImportVicon> {
  static args = {file: Args.string({description: 'CSV file with a header row', required: true})}
  static description = 'Import video conferences: vicon_id, date, region, topic'
  static examples = ['<%= config.bin %> import vicon fixtures/vicon.csv']
  static mutates = true

  async run(): Promise<ImportSummary> {
    const store = await this.store()
    const job = await prepareRegisterImport(store, 'vicon', this.args.file)
    const summary = await importWithProgress('Impor vicon', this.jsonEnabled(), job.run)
    for (const line of summaryLines(summary)) this.info(line)
    return summary
  }
}

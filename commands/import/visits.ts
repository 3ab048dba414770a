import {Args} from '@oclif/core'
import {BaseCommand} from '../../src/base-command'
import {ImportSummary} from '../../src/sources/engine'
import {prepareRegisterImport} from '../../src/sources/import-file'
import {importWithProgress, summaryLines} from '../../src/ui/import-progress'

export default class ImportVisits extends BaseCommand<typeof ImportVisits> {
  static args = {file: Args.string({description: 'CSV file with a header row', required: true})}
  static description = 'Import face-to-face consultations: visit_id, date, region, topics, guests'
  static examples = ['<%= config.bin %> import visits fixtures/visits.csv']
  static mutates = true

  async run(): Promise<ImportSummary> {
    const store = await this.store()
    const job = await prepareRegisterImport(store, 'visits', this.args.file)
    const summary = await importWithProgress('Impor visits', this.jsonEnabled(), job.run)
    for (const line of summaryLines(summary)) this.info(line)
    return summary
  }
}

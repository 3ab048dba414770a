import {Args} from '@oclif/core'
import {BaseCommand} from '../../src/base-command'
import {ImportSummary} from '../../src/sources/engine'
import {prepareRegisterImport} from '../../src/sources/import-file'
import {importWithProgress, summaryLines} from '../../src/ui/import-progress'

export default class ImportSurvey extends BaseCommand<typeof ImportSurvey> {
  static args = {file: Args.string({description: 'CSV file with a header row', required: true})}
  static description = 'Import satisfaction survey answers: response_id, agent, respondent, submitted_at, kepuasan_layanan, substansi_jawaban'
  static examples = ['<%= config.bin %> import survey fixtures/survey.csv']
  static mutates = true

  async run(): Promise<ImportSummary> {
    const store = await this.store()
    const job = await prepareRegisterImport(store, 'survey', this.args.file)
    const summary = await importWithProgress('Impor survey', this.jsonEnabled(), job.run)
    for (const line of summaryLines(summary)) this.info(line)
    return summary
  }
}

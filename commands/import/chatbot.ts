import {Args} from '@oclif/core'
import {BaseCommand} from '../../src/base-command'
import {ImportSummary} from '../../src/sources/engine'
import {prepareRegisterImport} from '../../src/sources/import-file'
import {importWithProgress, summaryLines} from '../../src/ui/import-progress'

export default class ImportChatbot extends BaseCommand<typeof ImportChatbot> {
  static args = {file: Args.string({description: 'CSV file with a header row', required: true})}
  static description = 'Import chatbot sessions: session_id, started_at, menu'
  static examples = ['<%= config.bin %> import chatbot fixtures/chatbot.csv']
  static mutates = true

  async run(): Promise<ImportSummary> {
    const store = await this.store()
    const job = await prepareRegisterImport(store, 'chatbot', this.args.file)
    const summary = await importWithProgress('Impor chatbot', this.jsonEnabled(), job.run)
    for (const line of summaryLines(summary)) this.info(line)
    return summary
  }
}

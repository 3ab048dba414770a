import {Args, Flags} from '@oclif/core'
import {BaseCommand} from '../../src/base-command'
import {ImportSummary} from '../../src/sources/import-rows'
import {prepareRegisterImport} from '../../src/sources/import-file'
import {importWithProgress, summaryLines} from '../../src/ui/import-progress'

export default class ImportFaq extends BaseCommand<typeof ImportFaq> {
  static args = {file: Args.string({description: 'FAQ workbook (.xlsx) or CSV with a header row', required: true})}
  static description =
    'Import the FAQ / knowledge base: No, Topik, Sub Topik, Pertanyaan, Jawaban, Dasar Hukum, Perbaikan, Status, Tanggal Update, Kontributor'
  static examples = ['<%= config.bin %> import faq fixtures/faq.xlsx', '<%= config.bin %> import faq FAQ.xlsx --sheet "FAQ DJPK"']
  static flags = {
    sheet: Flags.string({description: 'sheet of the workbook to read (default: the first)'}),
  }
  static mutates = true

  async run(): Promise<ImportSummary> {
    const store = await this.store()
    const job = await prepareRegisterImport(store, 'faq', this.args.file, {sheet: this.flags.sheet})
    const summary = await importWithProgress('Impor FAQ', this.jsonEnabled(), job.run)
    for (const line of summaryLines(summary)) this.info(line)
    return summary
  }
}

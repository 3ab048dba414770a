import {Args} from '@oclif/core'
import {BaseCommand} from './base-command'
import {msg} from './i18n'
import {ImportSummary} from './sources/import-rows'
import {prepareRegisterImport, RegisterName} from './sources/import-file'
import {importWithProgress, summaryLines} from './ui/import-progress'

/** The plain CSV registers (CONTRACT §3.4) import alike; each command only names its register. */
export abstract class RegisterImportCommand extends BaseCommand<typeof RegisterImportCommand> {
  static args = {file: Args.string({description: 'CSV file with a header row', required: true})}
  static mutates = true
  protected abstract readonly register: RegisterName

  async run(): Promise<ImportSummary> {
    const store = await this.store()
    const job = await prepareRegisterImport(store, this.register, this.args.file)
    const summary = await importWithProgress(msg().imports.title({register: this.register}), this.jsonEnabled(), job.run)
    for (const line of summaryLines(summary)) this.info(line)
    return summary
  }
}

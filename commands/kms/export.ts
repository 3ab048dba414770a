import {Flags} from '@oclif/core'
import {BaseCommand} from '../../src/base-command'
import {exportKms, KmsExportResult} from '../../src/kms/export'
import {msg} from '../../src/i18n'

export default class KmsExport extends BaseCommand<typeof KmsExport> {
  static description = 'Write the KMS package for Kemenkeu Prime: approved articles, category tree, manifest, SHA256SUMS'
  static examples = ['<%= config.bin %> kms export --out kms-package', '<%= config.bin %> kms export --out kms-package --force --json']
  static flags = {
    force: Flags.boolean({description: 'replace a package already in DIR'}),
    out: Flags.string({description: 'the folder to write the package to', required: true}),
  }
  static mutates = true

  async run(): Promise<KmsExportResult> {
    const store = await this.store()
    const result = await exportKms(store, {out: this.flags.out, force: this.flags.force, progress: (m) => this.info(`  ${m}`)})
    const t = result.totals
    this.info(msg().commands.kmsExported({out: result.out, ...t, notFinal: t.undecided + t.stale}))
    return result
  }
}

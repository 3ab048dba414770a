import {Flags} from '@oclif/core'
import {BaseCommand} from '../../src/base-command'
import {exportArchive, ExportResult} from '../../src/tickets/export'
import {ARCHIVE_FORMATS} from '../../src/tickets/record'
import {confirmOrFlag} from '../../src/ui/confirm-or-flag'
import {msg} from '../../src/i18n'

export default class TicketsExport extends BaseCommand<typeof TicketsExport> {
  static description = 'Export the historic ticket archive: one file per month, manifest.json and SHA256SUMS (resumable)'
  static examples = [
    '<%= config.bin %> tickets export --out arsip',
    '<%= config.bin %> tickets export --out arsip --format csv',
    '<%= config.bin %> tickets export --out arsip-lengkap --include-confidential --yes',
  ]
  static flags = {
    force: Flags.boolean({description: 'replace the archive files of a different export already in --out'}),
    format: Flags.string({description: 'file format of the monthly files', options: [...ARCHIVE_FORMATS], default: 'jsonl'}),
    'include-confidential': Flags.boolean({
      description: 'keep requester fields and body of confidential complaints (asks for confirmation; audited)',
    }),
    out: Flags.string({description: 'folder for the archive', required: true}),
    yes: Flags.boolean({char: 'y', description: 'confirm --include-confidential without a prompt (for scripts)'}),
  }
  static mutates = true

  async run(): Promise<ExportResult> {
    const includeConfidential = this.flags['include-confidential']
      ? {
          confirmedBy: await confirmOrFlag({
            question: msg().commands.confidentialQuestion,
            yes: this.flags.yes,
            json: this.jsonEnabled(),
            flag: '--include-confidential',
            what: msg().commands.confidentialWhat,
          }),
        }
      : (false as const)
    const store = await this.store()
    const result = await exportArchive(store, {
      out: this.flags.out,
      format: this.flags.format as 'jsonl' | 'csv',
      includeConfidential,
      force: this.flags.force,
      progress: (m) => this.info(m),
    })
    const t = result.totals
    this.info(msg().commands.archiveExported({out_dir: result.out_dir, ...t, kept: result.resumed ? result.months_kept.length : undefined}))
    return result
  }
}

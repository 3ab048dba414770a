import {Flags} from '@oclif/core'
import {BaseCommand} from '../../src/base-command'
import {currentLang, msg} from '../../src/i18n'
import {HandoverReport, reportHandover} from '../../src/handover/report'
import {planView} from '../../src/plan/view'

export default class ReportHandover extends BaseCommand<typeof ReportHandover> {
  static description =
    'The handover workbook for auditors: plan, channels, roles, KMS, ticket reconciliation, artifacts, sign-off, audit log'
  static examples = [
    '<%= config.bin %> report handover --out handover.xlsx',
    '<%= config.bin %> report handover --out handover-en.xlsx --lang en',
  ]
  static flags = {
    force: Flags.boolean({description: 'replace the file if it exists'}),
    out: Flags.string({description: 'the .xlsx file to write', required: true}),
  }
  static mutates = true

  async run(): Promise<HandoverReport> {
    const store = await this.store()
    const r = await reportHandover(store, await planView(store), this.flags.out, currentLang(), this.flags.force)
    this.info(msg().commands.handoverWritten({file: r.file, sheets: r.sheets, head: r.audit_head.slice(0, 12)}))
    if (!r.audit_intact) this.warn(msg().commands.auditBroken)
    if (r.truncated_cells) this.warn(msg().commands.truncated({cells: r.truncated_cells}))
    return r
  }
}

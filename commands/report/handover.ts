import {Flags} from '@oclif/core'
import {BaseCommand} from '../../src/base-command'
import {currentLang} from '../../src/i18n'
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
    this.info(`Buku kerja serah terima ditulis: ${r.file} (${r.sheets} lembar, kepala rantai audit ${r.audit_head.slice(0, 12)}…)`)
    if (!r.audit_intact) this.warn('rantai audit TIDAK utuh: jalankan `prime-migrate audit verify` untuk rinciannya')
    if (r.truncated_cells) this.warn(`${r.truncated_cells} sel dipotong pada batas 32.767 karakter Excel (ditandai di selnya)`)
    return r
  }
}

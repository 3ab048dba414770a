import {Args, Flags} from '@oclif/core'
import {BaseCommand} from '../../src/base-command'
import {checkStep, CheckResult} from '../../src/channels/check'
import {STEP_STATUSES} from '../../src/channels/definition'
import {formatDateTime, msg} from '../../src/i18n'

export default class ChannelsCheck extends BaseCommand<typeof ChannelsCheck> {
  static args = {
    channel: Args.string({description: 'channel code (phone, whatsapp, email, helpdesk, livechat)', required: true}),
    step: Args.string({
      description: 'checklist step (announce, redirect, settle_open_tickets, final_export, deactivate, verify_closed, decommission)',
      required: true,
    }),
  }
  static description = 'Record a channel shutdown step: its status, evidence (text, URL or a file, which is hashed) and note'
  static examples = [
    '<%= config.bin %> channels check whatsapp announce --status done --evidence "email blast 2025-06-02"',
    '<%= config.bin %> channels check phone deactivate --status done --evidence ./ba-penonaktifan.pdf',
    '<%= config.bin %> channels check livechat settle_open_tickets --status skipped --note "tidak ada tiket terbuka"',
  ]
  static flags = {
    evidence: Flags.string({description: 'what shows it was done: text, a URL, or a file path (hashed and re-checked by audit verify)'}),
    note: Flags.string({description: 'a note; required with --status skipped'}),
    status: Flags.string({description: 'new status of the step', options: [...STEP_STATUSES], required: true}),
  }
  static mutates = true

  async run(): Promise<CheckResult> {
    const store = await this.store()
    const r = await checkStep(store, {
      channel: this.args.channel,
      step: this.args.step,
      status: this.flags.status,
      evidence: this.flags.evidence,
      note: this.flags.note,
      cwd: process.cwd(),
    })
    const m = msg().commands
    const status = (s: string) => msg().tables.stepStatus[s] ?? s
    this.info(
      r.changed
        ? m.stepChanged({
            ...r,
            from: status(r.from),
            to: status(r.status),
            at: formatDateTime(r.updated_at),
            evidence: r.evidence ?? undefined,
            sha: r.evidence_sha256 ?? undefined,
          })
        : m.stepUnchanged({...r, status: status(r.status)}),
    )
    this.info(r.channel_state === 'closed' ? m.channelClosed(r) : m.openItems({steps: r.open_steps}))
    return r
  }
}

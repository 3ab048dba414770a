import {basename} from 'node:path'
import {Args, Flags} from '@oclif/core'
import {BaseCommand} from '../../src/base-command'
import {formatDateTime, inLang, msg} from '../../src/i18n'
import {recordSignoff, Signoff, SIGNOFF_ROLES} from '../../src/signoff/signoff'

export default class SignoffCommand extends BaseCommand<typeof SignoffCommand> {
  static description =
    'Sign the current handover draft off (its SHA-256 is recorded): project lead, SME coordinator, Kemenkeu Prime witness'
  static examples = [
    '<%= config.bin %> signoff project_lead --name "Dian Pratiwi"',
    '<%= config.bin %> signoff prime_witness --name "Budi Santoso" --organisation "Kemenkeu Prime"',
  ]
  static args = {
    role: Args.string({
      description: `who signs (${Object.keys(SIGNOFF_ROLES).join(', ')})`,
      required: true,
      options: Object.keys(SIGNOFF_ROLES),
    }),
  }
  static flags = {
    name: Flags.string({description: 'full name of the person signing', required: true}),
    organisation: Flags.string({description: 'their organisation (default by role)'}),
    statement: Flags.string({description: 'what they declare (default: the standard statement); the draft file and its SHA-256 are added'}),
  }
  static mutates = true

  async run(): Promise<Signoff> {
    const store = await this.store()
    const s = await recordSignoff(store, {
      role: this.args.role,
      name: this.flags.name,
      organisation: this.flags.organisation,
      statement: this.flags.statement,
    })
    this.info(
      msg().signoff.recorded({
        role: inLang(SIGNOFF_ROLES[s.role].label),
        name: s.name,
        at: formatDateTime(s.signed_at),
        file: basename(s.draft_path!),
        sha256: s.draft_sha256!,
      }),
    )
    return s
  }
}

import {BaseCommand} from '../../src/base-command'
import {verifyAudit, AuditVerification} from '../../src/audit/verify'
import {formatNumber, msg} from '../../src/i18n'
import {verifySignoffs} from '../../src/signoff/verify'

export default class AuditVerify extends BaseCommand<typeof AuditVerify> {
  static description =
    'Recompute the audit hash chain, every state table against the digest the chain recorded, every recorded file and anchored head, and every counted sign-off against its draft (exit 4 when anything fails)'
  static examples = ['<%= config.bin %> audit verify', '<%= config.bin %> audit verify --json']

  async run(): Promise<AuditVerification> {
    const store = await this.store()
    const {error, ...result} = await verifyAudit(store.knex, [verifySignoffs])
    if (error) throw error
    this.info(
      msg().ledger.verified({
        entries: formatNumber(result.entries),
        head: result.head,
        tables: formatNumber(result.tables),
        artifacts: formatNumber(result.artifacts),
      }),
    )
    return result
  }
}

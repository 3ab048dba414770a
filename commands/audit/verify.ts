import {BaseCommand} from '../../src/base-command'
import {verifyAudit, AuditVerification} from '../../src/audit/verify'
import {verifySignoffs} from '../../src/signoff/verify'
import {msg} from '../../src/i18n'

export default class AuditVerify extends BaseCommand<typeof AuditVerify> {
  static description =
    'Recompute the audit hash chain, every recorded artifact checksum and every counted sign-off against its draft (exit 4 when anything fails)'
  static examples = ['<%= config.bin %> audit verify', '<%= config.bin %> audit verify --json']

  async run(): Promise<AuditVerification> {
    const store = await this.store()
    const result = await verifyAudit(store.knex, [verifySignoffs])
    if (!result.ok) throw result.error
    this.info(msg().commands.auditIntact(result))
    return {ok: true, entries: result.entries, head: result.head, artifacts: result.artifacts, problems: [], records: []}
  }
}

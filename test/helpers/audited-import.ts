import {Knex} from 'knex'
import {appendAudit} from '../../src/audit/chain'
import {bumpChange, StateInput} from '../../src/store/changes'

/**
 * Rows a test wrote straight into a register, counted and audited as `import REGISTER` would: the
 * change counter moves and the audit entry names it, so staleness and the audit ledger account for them.
 */
export async function auditAsImport(knex: Knex, register: StateInput, details: Record<string, unknown>, actor = 'seed'): Promise<void> {
  await knex.transaction(async (trx) => {
    const change = await bumpChange(trx, register, actor)
    await appendAudit(trx, {actor, command: 'seed'}, `import.${register}`, {...details, change: {[register]: change}})
  })
}

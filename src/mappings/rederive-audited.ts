import {Knex} from 'knex'
import {RederiveCounts, rederiveRegions} from '../sources/rederive-regions'
import {bumpChange, ChangeInput} from '../store/changes'
import {Store} from '../store/store'

/**
 * Re-derive province and zone of the stored rows from the mappings and decisions in force; a register
 * whose rows changed counts as changed (what was computed from it goes stale), audited with `cause`.
 */
export async function rederiveAudited(store: Store, trx: Knex.Transaction, cause: string): Promise<RederiveCounts> {
  const counts = await rederiveRegions(trx)
  const changed = Object.entries(counts).filter(([, n]) => n > 0)
  if (!changed.length) return counts
  const change: Record<string, number> = {}
  for (const [register] of changed) change[register] = await bumpChange(trx, register as ChangeInput, store.actor)
  await store.audit('mappings.regions_rederived', {cause, rows: counts, change}, trx)
  return counts
}

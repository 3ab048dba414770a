import {Store} from '../store/store'
import {useRegionDecisions} from '../sources/region-decisions'
import {RederiveCounts} from '../sources/rederive-regions'
import {rederiveAudited} from './rederive-audited'
import type {Lang} from '../workbooks/labels'
import {listUnresolved, UnresolvedValue} from './unresolved'
import {WorklistWorkbook, writeWorklistWorkbook} from './worklist-workbook'

export interface Worklist {
  /** Stored rows whose reading changed with the mappings and decisions now in force, and were derived again. */
  rederived: RederiveCounts
  values: UnresolvedValue[]
  /** Stored rows with an unresolved region, in all. */
  rows: number
  workbook?: WorklistWorkbook
}

/**
 * `mappings unresolved`: bring the stored rows in line with the mappings and decisions now in force
 * (audited when any changes), then list each distinct region text still unresolved and, with `out`,
 * write the worklist for a person to decide.
 */
export async function unresolvedWorklist(store: Store, opts: {out?: string; force?: boolean; lang?: Lang} = {}): Promise<Worklist> {
  await useRegionDecisions(store.knex)
  const rederived = await store.knex.transaction((trx) => rederiveAudited(store, trx, 'mappings.unresolved'))
  const values = await listUnresolved(store.knex)
  const rows = values.reduce((s, v) => s + v.total, 0)
  const workbook = opts.out ? await writeWorklistWorkbook(store, opts.out, values, {force: opts.force, lang: opts.lang}) : undefined
  return {rederived, values, rows, ...(workbook ? {workbook} : {})}
}

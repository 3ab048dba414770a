import {Knex} from 'knex'
import {setLocalAliases} from './regions'

/** A person's decision on one region text, as `mappings apply` records it. */
export interface RegionDecision {
  alias_key: string
  text: string
  /** The idn-area-data place the text names; null when it names no region. */
  code: string | null
  province: string | null
  comment: string | null
  workbook_id: string | null
  actor: string
  decided_at: string
}

export async function readRegionDecisions(knex: Knex): Promise<RegionDecision[]> {
  return knex('region_aliases').select().orderBy('alias_key')
}

/** Resolve region text with the decisions recorded in the store from now on; returns how many there are. */
export async function useRegionDecisions(knex: Knex): Promise<number> {
  const decisions = await readRegionDecisions(knex)
  setLocalAliases(decisions.map((d) => ({key: d.alias_key, code: d.code})))
  return decisions.length
}

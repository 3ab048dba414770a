import {Knex} from 'knex'
import {recordHash} from './row-hash'
import {REGION_TABLES} from './import-register'
import {explainRegion, RegionResolution} from './regions'

/** Rows whose province, zone or reason changed, per register. */
export type RederiveCounts = Record<string, number>

/** Columns an import adds to a record: not part of what the record says. */
const PROVENANCE = new Set(['row_hash', 'seen_import', 'source', 'source_row'])
/** Columns stored as 0/1 that the record holds as true/false. */
const BOOLEAN_COLUMNS = new Set(['confidential'])
const KEYS: Record<string, string> = {tickets: 'ticket_id', visits: 'visit_id', vicons: 'vicon_id'}
const CHUNK = 500

/** The derived columns a resolution gives; tickets also say why a zone is unknown. */
function derived(table: string, r: RegionResolution): Record<string, string | null> {
  return table === 'tickets' ? {province: r.province, zone: r.zone, region_status: r.status} : {province: r.province, zone: r.zone}
}

/** The record an import would build from a stored row, so its hash is the one a re-import computes. */
export function recordOf(row: Record<string, unknown>): Record<string, unknown> {
  const record: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(row)) {
    if (PROVENANCE.has(k)) continue
    record[k] = BOOLEAN_COLUMNS.has(k) && v !== null ? Boolean(Number(v)) : v
  }
  return record
}

async function rederiveTable(trx: Knex.Transaction, table: string): Promise<number> {
  const key = KEYS[table]
  const columns = table === 'tickets' ? ['region', 'province', 'zone', 'region_status'] : ['region', 'province', 'zone']
  const groups: Record<string, string | null>[] = await trx(table).distinct(columns)
  // Only the region texts whose reading changed; each such text's rows are rewritten, hash included.
  const changed = new Map<string, Record<string, string | null>>()
  for (const g of groups) {
    if (g.region === null) continue
    const now = derived(table, explainRegion(g.region))
    if (Object.entries(now).some(([k, v]) => (g[k] ?? null) !== v)) changed.set(g.region, now)
  }
  let count = 0
  const regions = [...changed.keys()]
  for (let i = 0; i < regions.length; i += CHUNK) {
    const some = regions.slice(i, i + CHUNK)
    // Keyset pages: a ticket row carries its body, so a region's rows are never all read at once.
    for (let after: string | undefined; ;) {
      const page = trx(table).select().whereIn('region', some).orderBy(key).limit(CHUNK)
      const rows: Record<string, unknown>[] = await (after === undefined ? page : page.where(key, '>', after))
      if (!rows.length) break
      after = rows[rows.length - 1][key] as string
      const chunk = rows.map((row) => ({...row, ...changed.get(row.region as string)!}))
      const when = `CASE ${key} ${chunk.map(() => 'WHEN ? THEN ?').join(' ')} END`
      const set: Record<string, unknown> = {
        row_hash: trx.raw(when, chunk.flatMap((r) => [r[key], recordHash(recordOf(r))]) as Knex.RawBinding[]),
      }
      for (const column of Object.keys(changed.get(chunk[0].region as string)!))
        set[column] = trx.raw(when, chunk.flatMap((r) => [r[key], r[column]]) as Knex.RawBinding[])
      await trx(table)
        .whereIn(
          key,
          chunk.map((r) => r[key] as string),
        )
        .update(set)
      count += chunk.length
    }
  }
  return count
}

/**
 * Read every stored region text again with the mappings and the decisions now in force, and
 * rewrite province, zone (and why) of the rows whose reading changed, keeping each row's hash as a
 * re-import of its file would compute it, so nothing needs importing again.
 */
export async function rederiveRegions(trx: Knex.Transaction): Promise<RederiveCounts> {
  const counts: RederiveCounts = {}
  for (const [register, table] of Object.entries(REGION_TABLES)) counts[register] = await rederiveTable(trx, table)
  return counts
}

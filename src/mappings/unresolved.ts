import {Knex} from 'knex'
import {REGION_TABLES} from '../sources/import-register'
import {aliasKey, explainRegion, Place, RegionStatus, suggestPlaces} from '../sources/regions'

/** A candidate place for an unresolved region text, as the worklist offers it. */
export interface Candidate {
  code: string
  name: string
  province: string
  zone: string
  /** 1 for an exact name (of another kind, or in another province), less the further the spelling. */
  score: number
}

/** One distinct region text no place could be found for: the worklist's row. */
export interface UnresolvedValue {
  /** The text folded as names are compared; a decision is recorded under it. */
  key: string
  /** The text as registers most often write it. */
  value: string
  /** Other ways the same text is written (case, punctuation, spacing). */
  spellings: string[]
  status: Extract<RegionStatus, 'unrecognised' | 'ambiguous'>
  /** Stored rows with this text, per register, and in all. */
  rows: Record<string, number>
  total: number
  candidates: Candidate[]
}

const CANDIDATES = 3

export function candidateOf(place: Place, score = 1): Candidate {
  return {code: place.code, name: place.name, province: place.province, zone: place.zone, score: Math.round(score * 100) / 100}
}

/**
 * Each distinct region text of the stored registers that resolves to no place or to places in several
 * provinces, with its row counts and its best candidates, most rows first. Texts a person decided
 * "names no region" are not listed: they were acted on.
 */
export async function listUnresolved(knex: Knex): Promise<UnresolvedValue[]> {
  const byKey = new Map<string, UnresolvedValue & {counts: Map<string, number>}>()
  for (const [register, table] of Object.entries(REGION_TABLES)) {
    const groups: {region: string; n: number | string}[] = await knex(table)
      .select('region')
      .count({n: '*'})
      .whereNull('zone')
      .whereNotNull('region')
      .groupBy('region')
    for (const g of groups) {
      const status = explainRegion(g.region).status
      if (status !== 'unrecognised' && status !== 'ambiguous') continue
      const key = aliasKey(g.region)
      const entry = byKey.get(key) ?? {
        key,
        value: g.region,
        spellings: [],
        status,
        rows: {} as Record<string, number>,
        total: 0,
        candidates: [],
        counts: new Map<string, number>(),
      }
      entry.rows[register] = (entry.rows[register] ?? 0) + Number(g.n)
      entry.total += Number(g.n)
      entry.counts.set(g.region, (entry.counts.get(g.region) ?? 0) + Number(g.n))
      byKey.set(key, entry)
    }
  }
  const out: UnresolvedValue[] = []
  for (const {counts, ...entry} of byKey.values()) {
    const written = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([text]) => text)
    const value = written[0]
    const rows = Object.fromEntries(Object.keys(REGION_TABLES).map((r) => [r, entry.rows[r] ?? 0]))
    const candidates = suggestPlaces(value, CANDIDATES).map((s) => candidateOf(s.place, s.score))
    out.push({
      ...entry,
      value,
      spellings: written.slice(1),
      status: explainRegion(value).status as UnresolvedValue['status'],
      rows,
      candidates,
    })
  }
  return out.sort((a, b) => b.total - a.total || (a.value < b.value ? -1 : 1))
}

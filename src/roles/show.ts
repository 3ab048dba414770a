import {Knex} from 'knex'
import {topicsNeedingSme} from './map'

export interface RoleOverview {
  mapped: boolean
  people: {
    agent_id: string
    name: string
    unit: string | null
    old_level: string
    new_level: string
    team: string | null
    sme_topics: string[]
    actor: string
    updated_at: string
  }[]
  routing: {topic: string; l1: string; l2: string; l3_team: string; l3_account: string; smes: string[]}[]
  sme: {topic: string; agent_id: string; name: string; unit: string | null}[]
  /** Topics that need an SME and have none. */
  uncovered: string[]
  counts: Record<string, number>
}

/** What `roles map` recorded: people before → after, the routing matrix with each topic's SMEs, and the gaps. */
export async function roleOverview(knex: Knex): Promise<RoleOverview> {
  const people = await knex('role_assignments').orderBy([{column: 'new_level'}, {column: 'agent_id'}])
  const sme = await knex('sme_assignments')
    .select('topic', 'agent_id', 'name', 'unit')
    .orderBy([{column: 'topic'}, {column: 'agent_id'}])
  const routing = await knex('routing').select('topic', 'l1', 'l2', 'l3_team', 'l3_account').orderBy('topic')
  const smeBy = (key: 'topic' | 'agent_id', value: string) => sme.filter((s: any) => s[key] === value)
  const covered = new Set(sme.map((s: any) => s.topic))
  const counts: Record<string, number> = {}
  for (const p of people) counts[p.new_level] = (counts[p.new_level] ?? 0) + 1
  return {
    mapped: people.length > 0,
    people: people.map((p: any) => ({
      agent_id: p.agent_id,
      name: p.name,
      unit: p.unit,
      old_level: p.old_level,
      new_level: p.new_level,
      team: p.team,
      sme_topics: smeBy('agent_id', p.agent_id).map((s: any) => s.topic),
      actor: p.actor,
      updated_at: p.updated_at,
    })),
    routing: routing.map((r: any) => ({...r, smes: smeBy('topic', r.topic).map((s: any) => s.name)})),
    sme,
    uncovered: people.length ? topicsNeedingSme().filter((t) => !covered.has(t)) : [],
    counts,
  }
}

import {Knex} from 'knex'
import {loadMapping} from '../../mappings/load'
import {Mapping} from '../../mappings/schemas'
import {CustomField, customField, FieldDef} from './custom-fields'
import {DeskproSchema} from './schema'

/** A ticket_statuses row (2019+): custom sub-statuses hang under a system status through parent_id. */
interface StatusRow {
  parent: number | null
  sysId: string | null
}

/** What the reader learns once from Deskpro's small tables: custom fields, teams, members, statuses. */
export interface Lookups {
  fields: {channel?: CustomField; requesterType?: CustomField; confidential?: CustomField}
  /** Deskpro agent team id → L2 team code of roles.yaml; teams that are not L2 teams are absent. */
  l2Team: Map<number, string>
  teamMembers: Map<number, Set<number>>
  memberIds: number[]
  statuses: Map<number, StatusRow>
}

export async function loadLookups(db: Knex, schema: DeskproSchema, mapping: Mapping<'deskpro'>): Promise<Lookups> {
  const defs: FieldDef[] = await db('custom_def_ticket').select(
    'id',
    'parent_id',
    'title',
    schema.has('custom_def_ticket', 'handler_class') ? 'handler_class' : db.raw('NULL AS handler_class'),
  )
  const codes = new Map(Object.keys(loadMapping('roles').teams).map((c) => [c.toLowerCase(), c]))
  const l2Code = (name: string): string | undefined => {
    const alias = Object.keys(mapping.teams).find((k) => k.trim().toLowerCase() === name.trim().toLowerCase())
    return codes.get((alias === undefined ? name : mapping.teams[alias]).trim().toLowerCase())
  }
  const teams: {id: number; name: string}[] = await db('agent_teams').select('id', 'name')
  const l2Team = new Map<number, string>()
  for (const t of teams) {
    const code = l2Code(t.name)
    if (code) l2Team.set(t.id, code)
  }
  const members: {team_id: number; person_id: number}[] = await db('agent_team_members').select('team_id', 'person_id')
  const teamMembers = new Map<number, Set<number>>()
  for (const m of members) teamMembers.set(m.team_id, (teamMembers.get(m.team_id) ?? new Set()).add(m.person_id))
  const statuses = new Map<number, StatusRow>()
  if (schema.era === '2019+') {
    const rows: {id: number; parent_id: number | null; sys_id: string | null}[] = await db('ticket_statuses').select(
      'id',
      'parent_id',
      'sys_id',
    )
    for (const r of rows) statuses.set(r.id, {parent: r.parent_id, sysId: r.sys_id})
  }
  return {
    fields: {
      channel: customField(defs, mapping.fields.channel),
      requesterType: customField(defs, mapping.fields.requester_type),
      confidential: customField(defs, mapping.fields.confidential),
    },
    l2Team,
    teamMembers,
    memberIds: [...new Set(members.map((m) => m.person_id))],
    statuses,
  }
}

/** The system sub-status (sys_id, e.g. spam, deleted) of a ticket_statuses row, looking up through its parents. */
export function subStatusOf(statuses: Map<number, StatusRow>, id: number | null): string | undefined {
  const seen = new Set<number>()
  for (let at = id; at !== null && !seen.has(at);) {
    seen.add(at)
    const row = statuses.get(at)
    if (!row) return undefined
    if (row.sysId) return row.sysId
    at = row.parent
  }
  return undefined
}

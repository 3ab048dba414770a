import {Knex} from 'knex'
import {InputError} from '../errors'
import {msg} from '../i18n'
import {loadMapping} from '../mappings/load'
import {resolveTopic, topicRejection} from '../mappings/topic-codes'
import {bumpChange} from '../store/changes'
import {Store} from '../store/store'
import {nowIso} from '../util/time'

export interface RosterPerson {
  agent_id: string
  name: string
  unit: string | null
  level: string
  sme: string | null
}

export interface RoleAssignment {
  agent_id: string
  name: string
  unit: string | null
  old_level: string
  new_level: string
  team: string | null
}
export interface SmeAssignment {
  topic: string
  agent_id: string
  name: string
  unit: string | null
}
export interface RouteRow {
  topic: string
  l1: string
  l2: string
  l3_team: string
  l3_account: string
}

/** What `roles map` works out from the roster and the mappings, before anything is written. */
export interface RolePlan {
  people: RoleAssignment[]
  sme: SmeAssignment[]
  routing: RouteRow[]
  /** Topics that need an SME and have none: the `roles.sme` gate waits on these. */
  uncovered: string[]
}

export interface RoleMapResult extends RolePlan {
  changed: {people: number; sme: number; routing: number}
}

const splitTopics = (text: string | null): string[] =>
  (text ?? '')
    .split(';')
    .map((t) => t.trim())
    .filter(Boolean)

/** Finds the team a unit names, by code or by label, ignoring case. */
function teamOf(unit: string | null, teams: Record<string, {label: string}>): string | null {
  if (!unit) return null
  const u = unit.trim().toLowerCase()
  return Object.entries(teams).find(([code, t]) => code.toLowerCase() === u || t.label.toLowerCase() === u)?.[0] ?? null
}

/** The topics that need an SME: every topic of topics.yaml except those roles.yaml says need none. */
export function topicsNeedingSme(): string[] {
  const exempt = new Set(loadMapping('roles').sme_not_needed ?? [])
  return Object.keys(loadMapping('topics').topics).filter((t) => !exempt.has(t))
}

/**
 * Work out levels, SMEs and routing; every problem a person must fix is collected and raised once
 * (exit 2), naming the person or topic and the fix. Topics without an SME are returned, not raised.
 */
export function planRoles(roster: RosterPerson[]): RolePlan {
  const roles = loadMapping('roles')
  const topics = loadMapping('topics').topics
  const levels = roles.levels as Record<string, string>
  const problems: string[] = []

  const people: RoleAssignment[] = []
  for (const p of roster) {
    const next = levels[p.level]
    if (!next) {
      problems.push(
        msg().errors.rolesUnknownLevel({agent: p.agent_id, name: p.name, level: p.level, known: Object.keys(levels).join(', ')}),
      )
      continue
    }
    let team: string | null = null
    if (next === 'L3') {
      team = teamOf(p.unit, roles.teams)
      if (!team)
        problems.push(
          msg().errors.rolesUnknownUnit({agent: p.agent_id, name: p.name, unit: p.unit ?? '', teams: Object.keys(roles.teams).join(', ')}),
        )
    }
    people.push({agent_id: p.agent_id, name: p.name, unit: p.unit, old_level: p.level, new_level: next, team})
  }

  const routing: RouteRow[] = []
  const noAccount = new Set<string>()
  for (const [topic, def] of Object.entries(topics)) {
    const team = roles.teams[def.l3_unit]
    if (!team) {
      problems.push(msg().errors.rolesTopicTeam({topic, team: def.l3_unit, teams: Object.keys(roles.teams).join(', ')}))
      continue
    }
    if (!team.deskpro_account) {
      noAccount.add(def.l3_unit)
      continue
    }
    routing.push({
      topic,
      l1: roles.routing?.l1 ?? 'Kemenkeu Prime L1',
      l2: roles.routing?.l2 ?? 'DJPK L2',
      l3_team: def.l3_unit,
      l3_account: team.deskpro_account,
    })
  }
  for (const code of noAccount) problems.push(msg().errors.rolesNoAccount({team: code}))

  const sme: SmeAssignment[] = []
  const smeRoles = new Set<string>(roles.sme_roles)
  for (const p of roster) {
    const wanted = splitTopics(p.sme)
    if (!wanted.length) continue
    if (!smeRoles.has(p.level)) {
      problems.push(msg().errors.rolesNotSmeLevel({agent: p.agent_id, name: p.name, level: p.level, smeRoles: [...smeRoles].join(', ')}))
      continue
    }
    // The import stored codes, but topics.yaml may have changed since: a renamed code kept as an alias still resolves.
    const codes = new Set<string>()
    for (const text of wanted) {
      const match = resolveTopic(text)
      if (match.code) codes.add(match.code)
      else problems.push(msg().errors.rolesSmeTopic({agent: p.agent_id, name: p.name, reason: topicRejection(text, match)}))
    }
    for (const topic of codes) sme.push({topic, agent_id: p.agent_id, name: p.name, unit: p.unit})
  }
  if (problems.length) {
    throw new InputError(msg().errors.rolesProblems({problems}), msg().errors.rolesProblemsFix)
  }
  const covered = new Set(sme.map((s) => s.topic))
  return {people, sme, routing, uncovered: topicsNeedingSme().filter((t) => !covered.has(t))}
}

export async function readRoster(knex: Knex): Promise<RosterPerson[]> {
  return knex('roster').select('agent_id', 'name', 'unit', 'level', 'sme').orderBy('agent_id')
}

type Keyed = Record<string, any>
/** Replace a table's rows with `next`, auditing each row added, changed or removed; returns how many changed. */
async function syncTable<T extends object>(
  store: Store,
  trx: Knex.Transaction,
  table: string,
  key: (r: T) => string,
  next: T[],
  action: string,
): Promise<number> {
  const fields = next.length ? Object.keys(next[0]) : []
  const val = (r: T, f: string) => (r as Keyed)[f] ?? null
  const before = new Map<string, Keyed>((await trx(table).select()).map((r: Keyed) => [key(r as T), r]))
  const stamp = {actor: store.actor, updated_at: nowIso()}
  let changed = 0
  for (const row of next) {
    const old = before.get(key(row))
    before.delete(key(row))
    if (old && fields.every((f) => (old[f] ?? null) === val(row, f))) continue
    changed++
    if (old)
      await trx(table)
        .where(whereOf(table, row as Keyed))
        .update({...row, ...stamp})
    else await trx(table).insert({...row, ...stamp})
    await store.audit(action, {...(old ? {before: pick(old, fields)} : {}), after: row}, trx)
  }
  for (const old of before.values()) {
    changed++
    await trx(table).where(whereOf(table, old)).delete()
    await store.audit(`${action}_removed`, {before: old}, trx)
  }
  return changed
}

const KEYS: Record<string, string[]> = {role_assignments: ['agent_id'], sme_assignments: ['topic', 'agent_id'], routing: ['topic']}
const whereOf = (table: string, row: Keyed) => Object.fromEntries(KEYS[table].map((k) => [k, row[k]]))
const pick = (row: Keyed, fields: string[]) => Object.fromEntries(fields.map((f) => [f, row[f] ?? null]))

/** `roles map`: apply mappings/roles.yaml to the roster and record the result; each change audited with its actor. */
export async function mapRoles(store: Store): Promise<RoleMapResult> {
  const roster = await readRoster(store.knex)
  if (!roster.length) throw new InputError(msg().errors.rosterEmpty, msg().errors.rosterEmptyFix)
  const plan = planRoles(roster)
  return store.knex.transaction(async (trx) => {
    const changed = {
      people: await syncTable(store, trx, 'role_assignments', (r) => r.agent_id, plan.people, 'roles.assigned'),
      sme: await syncTable(store, trx, 'sme_assignments', (r) => `${r.topic}\u0000${r.agent_id}`, plan.sme, 'roles.sme_assigned'),
      routing: await syncTable(store, trx, 'routing', (r) => r.topic, plan.routing, 'roles.routed'),
    }
    if (changed.people || changed.sme || changed.routing) {
      const change = await bumpChange(trx, 'roles', store.actor)
      await store.audit(
        'roles.mapped',
        {
          people: plan.people.length,
          sme: plan.sme.length,
          routing: plan.routing.length,
          uncovered: plan.uncovered,
          changed,
          roles_change: change,
        },
        trx,
      )
    }
    return {...plan, changed}
  })
}

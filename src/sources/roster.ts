import {loadMapping} from '../mappings/load'
import {resolveTopic, topicRejection} from '../mappings/topic-codes'
import {RegisterSpec, RowError} from './register-spec'
import {msg} from '../i18n'
import {BOOLEANS, choices, RowReader} from './fields'

/** A person of the service (CONTRACT §3.4): L1 agent, L2 team account, or Kemenkeu Prime agent. */
export interface RosterRecord extends Record<string, unknown> {
  agent_id: string
  name: string
  email: string | null
  level: 'L1' | 'L2' | 'PRIME'
  unit: string | null
  kms_contributor: boolean
  /** Topic codes this person is SME for, separated by ';' (a yes/no flag is stored as its unit's topics). */
  sme: string | null
}

export const ROSTER_FIELDS = ['agent_id', 'name', 'email', 'level', 'unit', 'kms_contributor', 'sme']
export const ROSTER_REQUIRED = ['agent_id', 'name', 'level']
const LEVELS = choices({L1: 'L1', L2: 'L2', PRIME: 'PRIME', 'Kemenkeu Prime': 'PRIME'} as const)
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/** The topics of a unit (topics.yaml l3_unit), the unit named by its code or, as roles.yaml labels it, by name. */
function unitTopics(unit: string): string[] {
  const topics = loadMapping('topics').topics
  const teams = loadMapping('roles').teams
  const u = unit.trim().toLowerCase()
  const code = Object.keys(teams).find((c) => c.toLowerCase() === u || teams[c].label.toLowerCase() === u) ?? unit.trim()
  return Object.keys(topics).filter((t) => topics[t].l3_unit.toLowerCase() === code.toLowerCase())
}

/**
 * The `sme` column (CONTRACT §3.4): a yes/no flag (true/false, ya/tidak, yes/no, 1/0) meaning SME for
 * the topics of the person's unit, or topic codes separated by ';'. Returns the topic codes, or null.
 */
function smeTopics(r: RowReader, text: string, unit: string | null): string | null | undefined {
  const flag = BOOLEANS[text.toLowerCase()]
  if (flag === false) return null
  if (flag === true) {
    if (!unit) return r.fail('sme', msg().importChecks.smeWithoutUnit({value: text}))
    const covered = unitTopics(unit)
    if (!covered.length) {
      const units = [...new Set(Object.values(loadMapping('topics').topics).map((t) => t.l3_unit))].join(', ')
      return r.fail('sme', msg().importChecks.smeUnitWithoutTopics({value: text, unit, units}))
    }
    return covered.join(';')
  }
  const written = text
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean)
  const matches = written.map((t) => ({text: t, ...resolveTopic(t)}))
  const unknown = matches.filter((m) => m.code === null && !m.candidates.length).map((m) => m.text)
  if (unknown.length) return r.fail('sme', msg().rejects.notTopics({values: unknown}))
  const ambiguous = matches.find((m) => m.code === null)
  if (ambiguous) return r.fail('sme', topicRejection(ambiguous.text, ambiguous))
  return matches.length ? matches.map((m) => m.code).join(';') : null
}

function validateRoster(raw: Record<string, string | undefined>): {record?: RosterRecord; errors: RowError[]} {
  const r = new RowReader(raw)
  const agentId = r.required('agent_id', 191)
  const name = r.required('name', 255)
  const email = r.optional('email', 255)
  if (email && !EMAIL.test(email)) r.fail('email', msg().rejects.notEmail({value: email}))
  const level = r.choice('level', LEVELS, true)
  const unit = r.optional('unit', 128)
  const kms = r.boolean('kms_contributor', false)
  const smeText = r.optional('sme')
  const sme = smeText === null ? null : smeTopics(r, smeText, unit)
  if (r.errors.length || !agentId || !name || !level) return {errors: r.errors}
  return {errors: [], record: {agent_id: agentId, name, email, level, unit, kms_contributor: kms, sme: sme ?? null}}
}

export const rosterSpec: RegisterSpec<RosterRecord> = {
  register: 'roster',
  table: 'roster',
  key: 'agent_id',
  validate: (raw) => validateRoster(raw),
}

import {loadMapping} from '../mappings/load'
import {RegisterSpec, RowError} from './register-spec'
import {choices, RowReader} from './fields'

/** A person of the service (CONTRACT §3.4): L1 agent, L2 team account, or Kemenkeu Prime agent. */
export interface RosterRecord extends Record<string, unknown> {
  agent_id: string
  name: string
  email: string | null
  level: 'L1' | 'L2' | 'PRIME'
  unit: string | null
  kms_contributor: boolean
  /** Topic codes this person is SME for, separated by ';'. */
  sme: string | null
}

export const ROSTER_FIELDS = ['agent_id', 'name', 'email', 'level', 'unit', 'kms_contributor', 'sme']
export const ROSTER_REQUIRED = ['agent_id', 'name', 'level']
const LEVELS = choices({L1: 'L1', L2: 'L2', PRIME: 'PRIME', 'Kemenkeu Prime': 'PRIME'} as const)
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

function validateRoster(raw: Record<string, string | undefined>): {record?: RosterRecord; errors: RowError[]} {
  const r = new RowReader(raw)
  const agentId = r.required('agent_id', 191)
  const name = r.required('name', 255)
  const email = r.optional('email', 255)
  if (email && !EMAIL.test(email)) r.fail('email', `"${email}" is not an e-mail address`)
  const level = r.choice('level', LEVELS, true)
  const unit = r.optional('unit', 128)
  const kms = r.boolean('kms_contributor', false)
  const smeText = r.optional('sme')
  let sme: string | null = null
  if (smeText) {
    const topics = loadMapping('topics').topics
    const byLower = new Map(Object.keys(topics).map((c) => [c.toLowerCase(), c]))
    const codes = smeText
      .split(';')
      .map((s) => s.trim())
      .filter(Boolean)
    const unknown = codes.filter((c) => !byLower.has(c.toLowerCase()))
    if (unknown.length)
      r.fail(
        'sme',
        `${unknown.map((u) => `"${u}"`).join(', ')} ${unknown.length > 1 ? 'are not topics' : 'is not a topic'} of mappings/topics.yaml; list topic codes separated by ";"`,
      )
    else sme = codes.map((c) => byLower.get(c.toLowerCase())!).join(';')
  }
  if (r.errors.length || !agentId || !name || !level) return {errors: r.errors}
  return {errors: [], record: {agent_id: agentId, name, email, level, unit, kms_contributor: kms, sme}}
}

export const rosterSpec: RegisterSpec<RosterRecord> = {
  register: 'roster',
  table: 'roster',
  key: 'agent_id',
  validate: (raw) => validateRoster(raw),
}

import {auditAsImport} from '../helpers/audited-import'
import {writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {Knex} from 'knex'
import {loadMapping} from '../../src/mappings/load'

export interface Person {
  agent_id: string
  name: string
  email?: string
  level: string
  unit?: string | null
  kms_contributor?: boolean
  sme?: string | null
}

/** A small roster: two Prime agents, three DJPK L1 agents, the seven L2 team accounts; SMEs split the topics (Spam needs none). */
export function roster(): Person[] {
  const topics = Object.keys(loadMapping('topics').topics).filter((t) => t !== 'Spam')
  const third = Math.ceil(topics.length / 3)
  return [
    {agent_id: 'KP-01', name: 'Agen Prime Satu', level: 'PRIME', unit: 'Kemenkeu Prime'},
    {agent_id: 'KP-02', name: 'Agen Prime Dua', level: 'PRIME', unit: 'Kemenkeu Prime'},
    {
      agent_id: 'CC-01',
      name: 'Rina Lestari',
      level: 'L1',
      unit: 'Contact Center',
      kms_contributor: true,
      sme: topics.slice(0, third).join(';'),
    },
    {agent_id: 'CC-02', name: 'Bayu Pratama', level: 'L1', unit: 'Contact Center', sme: topics.slice(third, 2 * third).join(';')},
    {agent_id: 'CC-03', name: 'Sari Wulandari', level: 'L1', unit: 'Contact Center'},
    ...Object.keys(loadMapping('roles').teams).map((code, i) => ({
      agent_id: `L2-${code}`,
      name: `Tim L2 ${code}`,
      level: 'L2',
      unit: code,
      sme: i === 0 ? topics.slice(2 * third).join(';') : null,
    })),
  ]
}

/** Put people in the roster table the way `import roster` stores them. */
export async function insertRoster(knex: Knex, people: Person[]): Promise<void> {
  await knex('roster').insert(
    people.map((p, i) => ({
      agent_id: p.agent_id,
      name: p.name,
      email: p.email ?? null,
      level: p.level,
      unit: p.unit ?? null,
      kms_contributor: p.kms_contributor ?? false,
      sme: p.sme ?? null,
      source: 'test',
      source_row: i + 2,
      row_hash: `h${i}`,
    })),
  )
  await auditAsImport(knex, 'roster', {seeded: people.length})
}

/** The same people as a roster CSV for `prime-migrate import roster`. */
export function writeRosterCsv(dir: string, people: Person[]): string {
  const file = join(dir, 'roster.csv')
  const q = (v: unknown) => `"${String(v ?? '').replace(/"/g, '""')}"`
  const lines = [
    'agent_id,name,email,level,unit,kms_contributor,sme',
    ...people.map((p) =>
      [p.agent_id, p.name, p.email ?? '', p.level, p.unit ?? '', p.kms_contributor ? 'true' : 'false', p.sme ?? ''].map(q).join(','),
    ),
  ]
  writeFileSync(file, `${lines.join('\n')}\n`)
  return file
}

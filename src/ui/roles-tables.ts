import {RoleOverview} from '../roles/show'
import {textTable} from './table'

/** `roles show` / `roles map` for people: who becomes what, the routing per topic, and the SME gaps. */
export function renderRoles(o: Pick<RoleOverview, 'people' | 'routing' | 'uncovered'>): string {
  const people = textTable(
    ['agent', 'nama', 'unit', 'sebelum', 'sesudah', 'tim L3', 'SME untuk'],
    o.people.map((p) => [p.agent_id, p.name, p.unit, p.old_level, p.new_level, p.team, p.sme_topics.join('; ')]),
  )
  const routing = textTable(
    ['topik', 'L1', 'L2', 'L3', 'akun Deskpro L3', 'SME'],
    o.routing.map((r) => [r.topic, r.l1, r.l2, r.l3_team, r.l3_account, r.smes.join('; ')]),
  )
  const gaps = o.uncovered.length ? `\nTopik tanpa SME (${o.uncovered.length}): ${o.uncovered.join(', ')}` : '\nSetiap topik memiliki SME.'
  return `Peran (sebelum → sesudah):\n${people}\n\nMatriks rute (Kemenkeu Prime L1 → pool L2 DJPK → tim L3):\n${routing}\n${gaps}`
}

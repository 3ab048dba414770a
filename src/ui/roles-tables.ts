import {msg} from '../i18n'
import {RoleOverview} from '../roles/show'
import {textTable} from './table'

/** `roles show` / `roles map` for people: who becomes what, the routing per topic, and the SME gaps. */
export function renderRoles(o: Pick<RoleOverview, 'people' | 'routing' | 'uncovered'>): string {
  const t = msg().tables
  const people = textTable(
    t.peopleColumns,
    o.people.map((p) => [p.agent_id, p.name, p.unit, p.old_level, p.new_level, p.team, p.sme_topics.join('; ')]),
  )
  const routing = textTable(
    t.routingColumns,
    o.routing.map((r) => [r.topic, r.l1, r.l2, r.l3_team, r.l3_account, r.smes.join('; ')]),
  )
  const gaps = o.uncovered.length ? t.topicsWithoutSme({topics: o.uncovered}) : t.everyTopicHasSme
  return t.roles({people, routing, gaps})
}

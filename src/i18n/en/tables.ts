import type {Catalogue} from '../types'

export const tables: Catalogue['tables'] = {
  stepStatus: {
    pending: 'pending',
    running: 'running',
    done: 'done',
    failed: 'failed',
    blocked: 'blocked',
    skipped: 'skipped',
    stale: 'stale',
    in_progress: 'in progress',
  },
  stageStatus: {pending: 'not started', in_progress: 'in progress', done: 'done', blocked: 'blocked', failed: 'failed', stale: 'stale'},
  kind: {auto: 'automatic', gate: 'gate', decision: 'decision'},
  statusHead: (p) => `Cutover ${p.cutover} · today ${p.today} · ${p.done}/${p.total} steps done\n`,
  stagesColumns: ['stage', 'done', 'status'],
  stepsColumns: ['step', 'status', 'by', 'when', 'note'],
  overdueLine: (p) => `  ${p.id} (due ${p.due}, ${p.owner})`,
  planHead: (p) => `Plan of the consolidation into Kemenkeu Prime — cutover ${p.cutover}\n`,
  planColumns: ['step', 'kind', 'title', 'owner', 'due', 'status'],
  decisionsTitle: 'Recorded decisions:',
  channelState: {kept: 'kept in service', open: 'not started', closing: 'closing', closed: 'CLOSED'},
  channelDecision: {keep: 'keep', close: 'close'},
  channelHead: (p) =>
    `${p.code} — ${p.label}\n  contact: ${p.contact}\n  decision: ${p.decision} · status: ${p.state}${p.progress ? ` (${p.progress} items)` : ''}`,
  continues: (p) => `  continues: ${p.what}`,
  evidenceFile: (p) => `[file sha256 ${p.sha}] `,
  channelColumns: ['item', 'status', 'by', 'when', 'evidence', 'note'],
  peopleColumns: ['agent', 'name', 'unit', 'before', 'after', 'L3 team', 'SME for'],
  routingColumns: ['topic', 'L1', 'L2', 'L3', 'L3 Deskpro account', 'SME'],
  topicsWithoutSme: (p) => `Topics without an SME (${p.topics.length}): ${p.topics.join(', ')}`,
  everyTopicHasSme: 'Every topic has an SME.',
  roles: (p) =>
    `Roles (before → after):\n${p.people}\n\nRouting matrix (Kemenkeu Prime L1 → DJPK L2 pool → L3 team):\n${p.routing}\n\n${p.gaps}`,
}

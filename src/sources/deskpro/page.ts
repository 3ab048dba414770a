import {Knex} from 'knex'
import {Mapping} from '../../mappings/schemas'
import {RawRow} from '../register-spec'
import {messageText} from './body'
import {DataRow, mapped, ticketFields} from './custom-fields'
import {Lookups, subStatusOf} from './lookups'
import {DeskproSchema} from './schema'

/** One tickets row with what joins cheaply; columns an era lacks come back null. */
export interface TicketRow {
  id: number
  ref: string
  status: string
  date_created: string
  subject: string | null
  person_id: number | null
  hidden_status: string | null
  status_ref: number | null
  topic_title: string | null
  organization: string | null
  agent_name: string | null
  agent_display: string | null
  requester_name: string | null
  ticket_email: string | null
  primary_email: string | null
}

/** Deskpro keeps DATETIMEs in UTC without a zone; mysql2 hands them over as text (dateStrings). */
function utc(text: string | null): string {
  return text ? `${text.replace(' ', 'T')}Z` : ''
}

/** One keyset page of tickets, hidden ones included so they can be counted; only the columns this database has. */
export function ticketPage(
  db: Knex,
  schema: DeskproSchema,
  mapping: Mapping<'deskpro'>,
  after: number,
  since: string | undefined,
  limit: number,
): Knex.QueryBuilder {
  const nul = (alias: string) => db.raw(`NULL AS ${alias}`)
  const q = db('tickets as t')
    .leftJoin('organizations as o', 'o.id', 't.organization_id')
    .leftJoin('people as a', 'a.id', 't.agent_id')
    .leftJoin('people as p', 'p.id', 't.person_id')
    .select('t.id', 't.ref', 't.status', 't.date_created', 't.subject', 't.person_id', 'o.name as organization', 'a.name as agent_name')
    .select('p.name as requester_name')
  q.select(schema.has('tickets', 'hidden_status') ? 't.hidden_status' : nul('hidden_status'))
  q.select(schema.statusLink ? `t.${schema.statusLink} as status_ref` : nul('status_ref'))
  q.select(schema.has('people', 'override_display_name') ? 'a.override_display_name as agent_display' : nul('agent_display'))
  if (mapping.topic_from === 'department') q.leftJoin('departments as d', 'd.id', 't.department_id').select('d.title as topic_title')
  else q.leftJoin('ticket_categories as c', 'c.id', 't.category_id').select('c.title as topic_title')
  if (schema.has('tickets', 'person_email_id'))
    q.leftJoin('people_emails as te', 'te.id', 't.person_email_id').select('te.email as ticket_email')
  else q.select(nul('ticket_email'))
  if (schema.has('people', 'primary_email_id'))
    q.leftJoin('people_emails as pe', 'pe.id', 'p.primary_email_id').select('pe.email as primary_email')
  else q.select(nul('primary_email'))
  q.where('t.id', '>', after)
  if (since) q.andWhere('t.date_created', '>=', since)
  return q.orderBy('t.id').limit(limit)
}

/** How a hidden ticket is counted: its sub-status, from ticket_statuses in 2019+ and hidden_status before. */
export function hiddenSubStatus(t: TicketRow, lk: Lookups): string {
  return (t.status_ref !== null ? subStatusOf(lk.statuses, Number(t.status_ref)) : undefined) ?? t.hidden_status ?? 'unknown'
}

/** Requester e-mail addresses by person, for a schema that records neither the ticket's address nor a primary one. */
async function onlyEmails(db: Knex, page: TicketRow[]): Promise<Map<number, string[]>> {
  const people = [...new Set(page.map((t) => t.person_id).filter((p): p is number => p !== null))]
  const rows: {person_id: number; email: string}[] = people.length
    ? await db('people_emails').select('person_id', 'email').whereIn('person_id', people).orderBy('id')
    : []
  const byPerson = new Map<number, string[]>()
  for (const r of rows) byPerson.set(r.person_id, [...(byPerson.get(r.person_id) ?? []), r.email])
  return byPerson
}

export interface PageResult {
  rows: RawRow[]
  /** Tickets whose requester has several addresses and nothing says which one the ticket used. */
  unresolvedEmails: string[]
}

/** The register rows of one page: custom fields, first escalation, first L2 answer, first message as body. */
export async function pageRows(
  db: Knex,
  schema: DeskproSchema,
  page: TicketRow[],
  lk: Lookups,
  mapping: Mapping<'deskpro'>,
): Promise<PageResult> {
  const ids = page.map((t) => t.id)
  const data: DataRow[] = await db('custom_data_ticket')
    .select('ticket_id', 'field_id', 'root_field_id', 'value', 'input')
    .whereIn('ticket_id', ids)
  const byTicket = new Map<number, DataRow[]>()
  for (const d of data) byTicket.set(d.ticket_id, [...(byTicket.get(d.ticket_id) ?? []), d])

  const logs: {ticket_id: number; id_after: number | null; date_created: string; trigger_id: number | null}[] = await db('tickets_logs')
    .select('ticket_id', 'id_after', 'date_created', schema.has('tickets_logs', 'trigger_id') ? 'trigger_id' : db.raw('NULL AS trigger_id'))
    .whereIn('ticket_id', ids)
    .andWhere('action_type', mapping.escalation_action)
    .orderBy([{column: 'ticket_id'}, {column: 'date_created'}, {column: 'id'}])
  // The escalation is the first team change a person made to an L2 team; triggers and other teams do not escalate.
  const escalation = new Map<number, {team: number; unit: string; at: string}>()
  for (const l of logs) {
    if (escalation.has(l.ticket_id) || l.id_after === null || l.trigger_id !== null) continue
    const unit = lk.l2Team.get(Number(l.id_after))
    if (unit) escalation.set(l.ticket_id, {team: Number(l.id_after), unit, at: l.date_created})
  }

  const answers: {ticket_id: number; person_id: number; date_created: string}[] =
    lk.memberIds.length === 0 || escalation.size === 0
      ? []
      : await db('tickets_messages')
          .select('ticket_id', 'person_id', 'date_created')
          .whereIn('ticket_id', [...escalation.keys()])
          .andWhere('is_agent_note', 0)
          .whereIn('person_id', lk.memberIds)
          .orderBy([{column: 'ticket_id'}, {column: 'date_created'}, {column: 'id'}])
  const answered = new Map<number, string>()
  for (const a of answers) {
    const e = escalation.get(a.ticket_id)
    if (!e || answered.has(a.ticket_id) || a.date_created < e.at || !lk.teamMembers.get(e.team)?.has(a.person_id)) continue
    answered.set(a.ticket_id, a.date_created)
  }

  const bodies: {ticket_id: number; message: string}[] = await db('tickets_messages as m')
    .join(
      db('tickets_messages')
        .select('ticket_id')
        .min({first: 'id'})
        .whereIn('ticket_id', ids)
        .andWhere('is_agent_note', 0)
        .groupBy('ticket_id')
        .as('f'),
      'f.first',
      'm.id',
    )
    .select('m.ticket_id', 'm.message')
  const body = new Map(bodies.map((b) => [b.ticket_id, messageText(b.message)]))

  const fallback = recordsNoAddressChoice(schema) ? await onlyEmails(db, page) : undefined
  const unresolvedEmails: string[] = []
  const emailOf = (t: TicketRow): string => {
    if (t.ticket_email || t.primary_email) return (t.ticket_email || t.primary_email)!
    const all = fallback && t.person_id !== null ? (fallback.get(t.person_id) ?? []) : []
    if (all.length > 1) unresolvedEmails.push(t.ref)
    return all.length === 1 ? all[0] : ''
  }

  const rows = page.map((t): RawRow => {
    const f = ticketFields(byTicket.get(t.id) ?? [], lk.fields, mapping)
    const e = escalation.get(t.id)
    const raw: Record<string, string> = {
      ticket_id: t.ref,
      channel: f.channel,
      created_at: utc(t.date_created),
      requester_type: f.requesterType,
      region: t.organization ?? '',
      topic: t.topic_title ? mapped(mapping.topics, t.topic_title) : '',
      agent: t.agent_display?.trim() || t.agent_name?.trim() || '',
      subject: t.subject ?? '',
      body: body.get(t.id) ?? '',
      requester_name: t.requester_name ?? '',
      requester_email: emailOf(t),
      requester_phone: '',
      status: mapped(mapping.status, t.status),
      escalated_unit: e?.unit ?? '',
      escalated_at: e ? utc(e.at) : '',
      l2_responded_at: utc(answered.get(t.id) ?? null),
      confidential: String(f.confidential),
    }
    // Rejects name the Deskpro tickets.id as the row, so a person can find the ticket.
    return f.error ? {rowNo: t.id, raw, error: f.error} : {rowNo: t.id, raw}
  })
  return {rows, unresolvedEmails}
}

/** A schema that says neither which address a ticket used nor which is the person's primary one. */
function recordsNoAddressChoice(schema: DeskproSchema): boolean {
  return !schema.has('tickets', 'person_email_id') && !schema.has('people', 'primary_email_id')
}

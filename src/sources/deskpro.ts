import knexFactory, {Knex} from 'knex'
import {DateTime} from 'luxon'
import {InputError, UserError, EXIT} from '../errors'
import {loadMapping} from '../mappings/load'
import {Mapping} from '../mappings/schemas'
import {maskSecrets, mysqlConnection} from '../store/connection'
import {Store} from '../store/store'
import {RawRow} from './engine'
import {importRegisterRows, RegisterImportSummary} from './import-register'
import {rejectsPathFor} from './rejects-path'
import {ticketSpec} from './tickets'
import {SERVICE_ZONE} from './timestamps'

export interface DeskproOptions {
  /** Only tickets created on or after this Jakarta date (YYYY-MM-DD). */
  since?: string
  progress?: (p: {read: number; rowsPerSecond: number}) => void
  rejectsFile?: string
}

/** What the reader learns once from Deskpro's small tables: custom fields, teams and their members. */
interface Lookups {
  /** Option id of a choice field → the option's title, per register field. */
  channelOption: Map<number, string>
  typeOption: Map<number, string>
  channelField?: number
  typeField?: number
  confidentialField?: number
  teamName: Map<number, string>
  teamMembers: Map<number, Set<number>>
  memberIds: number[]
}

interface TicketRow {
  id: number
  ref: string
  status: string
  date_created: string
  subject: string | null
  category: string | null
  organization: string | null
  agent_name: string | null
  person_id: number | null
  requester_name: string | null
}

/** Deskpro keeps DATETIMEs in UTC without a zone; mysql2 hands them over as text (dateStrings). */
function utc(text: string | null): string {
  return text ? `${text.replace(' ', 'T')}Z` : ''
}

/** `--since DATE`: midnight in Jakarta, as the UTC DATETIME text Deskpro compares with. */
export function sinceUtc(since: string): string {
  const d = /^\d{4}-\d{2}-\d{2}$/.test(since) ? DateTime.fromISO(since, {zone: SERVICE_ZONE}) : undefined
  if (!d?.isValid) throw new InputError(`--since ${since} is not a date YYYY-MM-DD`, 'write the first day to read, e.g. --since 2025-02-01')
  return d.startOf('day').toUTC().toFormat('yyyy-MM-dd HH:mm:ss')
}

function openSource(url: string): Knex {
  if (!/^(mysql|mariadb):\/\//i.test(url))
    throw new InputError(
      `--deskpro ${maskSecrets(url)} is not a MySQL URL`,
      'use mysql://user:password@host:3306/deskpro (a user with SELECT only is enough)',
    )
  let connection: Knex.MySql2ConnectionConfig
  try {
    connection = mysqlConnection(url)
  } catch {
    throw new InputError(`--deskpro ${maskSecrets(url)} is not a valid URL`, 'use mysql://user:password@host:3306/deskpro')
  }
  if (!connection.database)
    throw new InputError(`--deskpro ${maskSecrets(url)} names no database`, 'add the database name: mysql://user@host:3306/DATABASE')
  const quiet = {warn() {}, error() {}, deprecate() {}, debug() {}}
  return knexFactory({client: 'mysql2', connection, pool: {min: 0, max: 1}, log: quiet, acquireConnectionTimeout: 10000})
}

/** A source-side failure as the user sees it: never the password, never the SQL. */
function sourceError(error: unknown, url: string, what: string): UserError {
  const message = (error as Error).message ?? String(error)
  const reason = message.includes(' - ') ? message.slice(message.lastIndexOf(' - ') + 3) : message
  return new UserError(
    `cannot ${what} the Deskpro database ${maskSecrets(url)}: ${maskSecrets(reason)}`,
    EXIT.failure,
    'check that the server is reachable, the database has the Deskpro tables (contract/deskpro-schema.sql) and the user may SELECT from them',
  )
}

async function loadLookups(db: Knex, mapping: Mapping<'deskpro'>): Promise<Lookups> {
  const defs: {id: number; parent_id: number | null; title: string}[] = await db('custom_def_ticket').select('id', 'parent_id', 'title')
  const top = (title: string) => defs.find((d) => d.parent_id === null && d.title.trim().toLowerCase() === title.toLowerCase())?.id
  const options = (field?: number) =>
    new Map(defs.filter((d) => field !== undefined && d.parent_id === field).map((d) => [d.id, d.title.trim()]))
  const channelField = top(mapping.fields.channel)
  const typeField = top(mapping.fields.requester_type)
  const teams: {id: number; name: string}[] = await db('agent_teams').select('id', 'name')
  const members: {team_id: number; person_id: number}[] = await db('agent_team_members').select('team_id', 'person_id')
  const teamMembers = new Map<number, Set<number>>()
  for (const m of members) teamMembers.set(m.team_id, (teamMembers.get(m.team_id) ?? new Set()).add(m.person_id))
  return {
    channelField,
    typeField,
    confidentialField: top(mapping.fields.confidential),
    channelOption: options(channelField),
    typeOption: options(typeField),
    teamName: new Map(teams.map((t) => [t.id, t.name.trim()])),
    teamMembers,
    memberIds: [...new Set(members.map((m) => m.person_id))],
  }
}

/** One keyset page of tickets with what joins cheaply; hidden ones included, so they can be counted. */
function ticketPage(db: Knex, after: number, since: string | undefined, limit: number): Knex.QueryBuilder {
  const q = db('tickets as t')
    .leftJoin('ticket_categories as c', 'c.id', 't.category_id')
    .leftJoin('organizations as o', 'o.id', 't.organization_id')
    .leftJoin('people as a', 'a.id', 't.agent_id')
    .leftJoin('people as p', 'p.id', 't.person_id')
    .select(
      't.id',
      't.ref',
      't.status',
      't.date_created',
      't.subject',
      't.person_id',
      'c.title as category',
      'o.name as organization',
      'a.name as agent_name',
      'p.name as requester_name',
    )
    .where('t.id', '>', after)
  if (since) q.andWhere('t.date_created', '>=', since)
  return q.orderBy('t.id').limit(limit)
}

/** A Deskpro value through mappings/deskpro.yaml, ignoring case; unmapped text passes on for validation to judge. */
function mapped(table: Record<string, string>, value: string): string {
  const v = value.trim()
  if (table[v] !== undefined) return table[v]
  const key = Object.keys(table).find((k) => k.toLowerCase() === v.toLowerCase())
  return key === undefined ? v : table[key]
}

/** The register rows of one page: custom fields, first escalation, first L2 answer, first message as body. */
async function pageRows(db: Knex, page: TicketRow[], lk: Lookups, mapping: Mapping<'deskpro'>): Promise<RawRow[]> {
  const ids = page.map((t) => t.id)
  const data: {ticket_id: number; field_id: number; root_field_id: number | null; value: number}[] = await db('custom_data_ticket')
    .select('ticket_id', 'field_id', 'root_field_id', 'value')
    .whereIn('ticket_id', ids)
  const logs: {ticket_id: number; id_after: number | null; date_created: string}[] = await db('tickets_logs')
    .select('ticket_id', 'id_after', 'date_created')
    .whereIn('ticket_id', ids)
    .andWhere('action_type', mapping.escalation_action)
    .orderBy([{column: 'ticket_id'}, {column: 'date_created'}, {column: 'id'}])
  const answers: {ticket_id: number; person_id: number; date_created: string}[] =
    lk.memberIds.length === 0
      ? []
      : await db('tickets_messages')
          .select('ticket_id', 'person_id', 'date_created')
          .whereIn('ticket_id', ids)
          .andWhere('is_agent_note', 0)
          .whereIn('person_id', lk.memberIds)
          .orderBy([{column: 'ticket_id'}, {column: 'date_created'}, {column: 'id'}])
  // One look-up per page, not a subquery per ticket: the schema has no index on people_emails.person_id.
  const people = [...new Set(page.map((t) => t.person_id).filter((p): p is number => p !== null))]
  const emailRows: {person_id: number; email: string}[] = people.length
    ? await db('people_emails').select('person_id', 'email').whereIn('person_id', people).orderBy('id')
    : []
  const emails = new Map<number, string>()
  for (const e of emailRows) if (!emails.has(e.person_id)) emails.set(e.person_id, e.email)
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

  const fields = new Map<number, {channel?: string; type?: string; confidential: boolean}>()
  for (const d of data) {
    const f = fields.get(d.ticket_id) ?? {confidential: false}
    if (Number(d.value) !== 0) {
      if (lk.channelOption.has(d.field_id) && (d.root_field_id === null || d.root_field_id === lk.channelField))
        f.channel = lk.channelOption.get(d.field_id)
      else if (lk.typeOption.has(d.field_id) && (d.root_field_id === null || d.root_field_id === lk.typeField))
        f.type = lk.typeOption.get(d.field_id)
      else if (lk.confidentialField !== undefined && d.field_id === lk.confidentialField) f.confidential = true
    }
    fields.set(d.ticket_id, f)
  }
  const escalation = new Map<number, {team: number; at: string}>()
  for (const l of logs)
    if (!escalation.has(l.ticket_id) && l.id_after !== null) escalation.set(l.ticket_id, {team: l.id_after, at: l.date_created})
  const answered = new Map<number, string>()
  for (const a of answers) {
    const e = escalation.get(a.ticket_id)
    if (!e || answered.has(a.ticket_id) || a.date_created < e.at || !lk.teamMembers.get(e.team)?.has(a.person_id)) continue
    answered.set(a.ticket_id, a.date_created)
  }
  const body = new Map(bodies.map((b) => [b.ticket_id, b.message]))

  return page.map((t) => {
    const f = fields.get(t.id) ?? {confidential: false}
    const e = escalation.get(t.id)
    const raw: Record<string, string> = {
      ticket_id: t.ref,
      channel: f.channel === undefined ? '' : mapped(mapping.channel, f.channel),
      created_at: utc(t.date_created),
      requester_type: f.type === undefined ? '' : mapped(mapping.requester_type, f.type),
      region: t.organization ?? '',
      topic: t.category ?? '',
      agent: t.agent_name ?? '',
      subject: t.subject ?? '',
      body: body.get(t.id) ?? '',
      requester_name: t.requester_name ?? '',
      requester_email: (t.person_id !== null && emails.get(t.person_id)) || '',
      requester_phone: '',
      status: mapped(mapping.status, t.status),
      escalated_unit: e ? (lk.teamName.get(e.team) ?? `team ${e.team}`) : '',
      escalated_at: e ? utc(e.at) : '',
      l2_responded_at: utc(answered.get(t.id) ?? null),
      confidential: String(f.confidential),
    }
    // Rejects name the Deskpro tickets.id as the row, so a person can find the ticket.
    return {rowNo: t.id, raw}
  })
}

/**
 * Read tickets straight out of a Deskpro MySQL database (CONTRACT §3.3) into the ticket register.
 * Only SELECTs, in keyset-paginated pages; hidden tickets are counted as excluded; every row goes
 * through the register's own validation, idempotency and audit (importRows with ticketSpec).
 */
export async function importDeskpro(store: Store, url: string, opts: DeskproOptions = {}): Promise<RegisterImportSummary> {
  const mapping = loadMapping('deskpro')
  const since = opts.since ? sinceUtc(opts.since) : undefined
  const db = openSource(url)
  try {
    let lookups: Lookups
    try {
      lookups = await loadLookups(db, mapping)
    } catch (error) {
      throw sourceError(error, url, 'read')
    }
    let excluded = 0
    async function* rows(): AsyncGenerator<RawRow> {
      for (let after = 0; ;) {
        let page: TicketRow[]
        let out: RawRow[]
        try {
          page = await ticketPage(db, after, since, mapping.batch_size)
          if (page.length === 0) return
          after = page[page.length - 1].id
          const visible = page.filter((t) => t.status !== 'hidden')
          excluded += page.length - visible.length
          out = visible.length ? await pageRows(db, visible, lookups, mapping) : []
        } catch (error) {
          throw sourceError(error, url, 'read')
        }
        yield* out
        if (page.length < mapping.batch_size) return
      }
    }
    const source = `deskpro:${maskSecrets(url)}${opts.since ? ` since ${opts.since}` : ''}`
    const rejectsFile = opts.rejectsFile ?? (await rejectsPathFor(store, 'tickets'))
    return await importRegisterRows(store, ticketSpec, rows(), {source, rejectsFile, progress: opts.progress, excluded: () => excluded})
  } finally {
    await db.destroy().catch(() => {})
  }
}

import {loadMapping} from '../mappings/load'
import {topicRejection, topicResolver, TopicResolver} from '../mappings/topic-codes'
import {RegisterSpec, RowError} from './register-spec'
import {choices, RowReader} from './fields'
import {explainRegion, loadRegionIndex, RegionStatus} from './regions'
import {jakartaFieldsMs, parseInstant, utcIsoMs} from './timestamps'
import {msg} from '../i18n'

export type Channel = 'whatsapp' | 'email' | 'phone' | 'livechat' | 'helpdesk'
export type RequesterType = 'pemda' | 'kl' | 'akademisi' | 'lainnya'

/** A ticket as the `tickets` table holds it (CONTRACT §3.2 plus the Jakarta fields reports group by). */
export interface TicketRecord extends Record<string, unknown> {
  ticket_id: string
  channel: Channel
  created_at: string
  created_local: string
  period: string
  local_date: string
  local_weekday: number
  local_minute: number
  requester_type: RequesterType
  region: string | null
  province: string | null
  zone: 'WIB' | 'WITA' | 'WIT' | null
  /** Why the zone is what it is: `resolved`, or why it is unknown. */
  region_status: RegionStatus
  topic: string
  agent: string | null
  subject: string | null
  body: string | null
  requester_name: string | null
  requester_email: string | null
  requester_phone: string | null
  status: 'open' | 'resolved' | 'closed' | null
  escalated_unit: string | null
  escalated_at: string | null
  escalated_local_date: string | null
  escalated_period: string | null
  l2_responded_at: string | null
  l2_responded_local_date: string | null
  confidential: boolean
}

/** The register's columns, in the order a ticket file lists them. */
export const TICKET_FIELDS = [
  'ticket_id',
  'channel',
  'created_at',
  'requester_type',
  'region',
  'topic',
  'agent',
  'subject',
  'body',
  'requester_name',
  'requester_email',
  'requester_phone',
  'status',
  'escalated_unit',
  'escalated_at',
  'l2_responded_at',
  'confidential',
] as const
export const TICKET_REQUIRED = ['ticket_id', 'channel', 'created_at', 'requester_type', 'topic'] as const

const CHANNELS = choices<Channel>({
  whatsapp: 'whatsapp',
  wa: 'whatsapp',
  email: 'email',
  'e-mail': 'email',
  surel: 'email',
  phone: 'phone',
  telepon: 'phone',
  telephone: 'phone',
  'live chat': 'livechat',
  livechat: 'livechat',
  'help desk': 'helpdesk',
  helpdesk: 'helpdesk',
})
const REQUESTER_TYPES = choices<RequesterType>({pemda: 'pemda', kl: 'kl', 'K/L': 'kl', akademisi: 'akademisi', lainnya: 'lainnya'})
const STATUSES = choices({open: 'open', resolved: 'resolved', closed: 'closed'} as const)

interface Lookups {
  topics: TopicResolver
  teams: Map<string, string>
}
let cached: Lookups | undefined

/** Topics (mappings/topic-codes) and L2 team codes (ignoring case); built from the mappings when an import starts. */
function buildLookups(): Lookups {
  const roles = loadMapping('roles')
  cached = {
    topics: topicResolver(),
    teams: new Map(Object.keys(roles.teams).map((code): [string, string] => [code.toLowerCase(), code])),
  }
  return cached
}

function timestamp(r: RowReader, field: string, required: boolean) {
  const t = required ? r.required(field) : r.optional(field)
  if (!t) return undefined
  const p = parseInstant(t)
  if (!p.ok) return r.fail(field, p.reason)
  return p.ms
}

/** The code the row's topic names, or a reject saying why it names none. */
function topicOf(r: RowReader, text: string, resolve: TopicResolver): string | undefined {
  const match = resolve(text)
  return match.code ?? r.fail('topic', topicRejection(text, match))
}

function validateTicket(raw: Record<string, string | undefined>): {record?: TicketRecord; errors: RowError[]} {
  const r = new RowReader(raw)
  const {topics, teams} = cached ?? buildLookups()
  const ticketId = r.required('ticket_id', 191)
  const channel = r.choice('channel', CHANNELS, true)
  const created = timestamp(r, 'created_at', true)
  const requesterType = r.choice('requester_type', REQUESTER_TYPES, true)
  const topicText = r.required('topic')
  const topic = topicText === undefined ? undefined : topicOf(r, topicText, topics)
  const status = r.choice('status', STATUSES, false)
  const unitText = r.optional('escalated_unit')
  const unit = unitText === null ? null : teams.get(unitText.toLowerCase())
  if (unitText !== null && !unit) r.fail('escalated_unit', msg().rejects.notTeam({value: unitText, teams: [...teams.values()].join(', ')}))
  const escalated = timestamp(r, 'escalated_at', false)
  if (unitText !== null && !r.optional('escalated_at')) r.fail('escalated_at', msg().rejects.escalatedAtNeeded({unit: unitText}))
  if (unitText === null && escalated !== undefined) r.fail('escalated_unit', msg().rejects.escalatedUnitNeeded)
  const responded = timestamp(r, 'l2_responded_at', false)
  if (responded !== undefined && !r.optional('escalated_at')) r.fail('l2_responded_at', msg().rejects.respondedWithoutEscalation)
  const confidential = r.boolean('confidential', false)
  const region = r.optional('region', 255)
  const agent = r.optional('agent', 191)
  const subject = r.optional('subject')
  const body = r.optional('body')
  const requesterName = r.optional('requester_name', 255)
  const requesterEmail = r.optional('requester_email', 255)
  const requesterPhone = r.optional('requester_phone', 64)
  if (r.errors.length > 0 || !ticketId || !channel || created === undefined || !requesterType || !topic) return {errors: r.errors}
  const local = jakartaFieldsMs(created)
  const place = explainRegion(region)
  const esc = escalated !== undefined ? jakartaFieldsMs(escalated) : undefined
  return {
    errors: [],
    record: {
      ticket_id: ticketId,
      channel,
      created_at: utcIsoMs(created),
      created_local: local.local,
      period: local.period,
      local_date: local.date,
      local_weekday: local.weekday,
      local_minute: local.minute,
      requester_type: requesterType,
      region,
      province: place.province,
      zone: place.zone,
      region_status: place.status,
      topic,
      agent,
      subject,
      body,
      requester_name: requesterName,
      requester_email: requesterEmail,
      requester_phone: requesterPhone,
      status: status ?? null,
      escalated_unit: unit ?? null,
      escalated_at: escalated !== undefined ? utcIsoMs(escalated) : null,
      escalated_local_date: esc?.date ?? null,
      escalated_period: esc?.period ?? null,
      l2_responded_at: responded !== undefined ? utcIsoMs(responded) : null,
      l2_responded_local_date: responded !== undefined ? jakartaFieldsMs(responded).date : null,
      confidential,
    },
  }
}

/** The ticket register (CONTRACT §3.2), keyed by ticket_id. */
export const ticketSpec: RegisterSpec<TicketRecord> = {
  register: 'tickets',
  table: 'tickets',
  key: 'ticket_id',
  validate: (raw) => validateTicket(raw),
  prepare: () => {
    buildLookups()
    loadRegionIndex()
  },
}

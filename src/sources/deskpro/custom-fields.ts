import {msg} from '../../i18n'
import {Mapping} from '../../mappings/schemas'
import {RowError} from '../register-spec'

/** One ticket custom field as custom_def_ticket defines it, by the handler Deskpro stores its data with. */
export interface CustomField {
  id: number
  title: string
  /** Choice: one data row per chosen option (field_id = the option); Toggle: field_id = the field, value 1; Text: `input`. */
  kind: 'choice' | 'toggle' | 'text'
  /** A Choice field's options: option id → title. */
  options: Map<number, string>
}

export interface FieldDef {
  id: number
  parent_id: number | null
  title: string
  handler_class: string | null
}

export interface DataRow {
  ticket_id: number
  field_id: number | null
  root_field_id: number | null
  value: number | string | null
  input: string | null
}

/** The register fields a ticket's custom data gives, or why it cannot give them. */
export interface TicketFields {
  channel: string
  requesterType: string
  confidential: boolean
  error?: RowError
}

// Options a confidential checkbox made of a Choice may carry that mean "not ticked".
const NO = new Set(['tidak', 'no', 'false', '0', 'bukan'])

/** The top-level field titled `title` (ignoring case), with its kind taken from handler_class. */
export function customField(defs: FieldDef[], title: string): CustomField | undefined {
  const def = defs.find((d) => d.parent_id === null && d.title.trim().toLowerCase() === title.trim().toLowerCase())
  if (!def) return undefined
  const options = new Map(defs.filter((d) => d.parent_id === def.id).map((d) => [d.id, d.title.trim()]))
  const handler = (def.handler_class ?? '').split('\\').pop()?.toLowerCase() ?? ''
  const kind = handler.startsWith('choice') || (handler === '' && options.size > 0) ? 'choice' : handler === 'toggle' ? 'toggle' : 'text'
  return {id: def.id, title: def.title.trim(), kind, options}
}

/** A Deskpro value through a table of mappings/deskpro.yaml, ignoring case; unmapped text passes on for validation to judge. */
export function mapped(table: Record<string, string>, value: string): string {
  const v = value.trim()
  if (table[v] !== undefined) return table[v]
  const key = Object.keys(table).find((k) => k.toLowerCase() === v.toLowerCase())
  return key === undefined ? v : table[key]
}

function chosen(field: CustomField, rows: DataRow[]): string[] {
  return rows
    .filter((r) => r.field_id !== null && field.options.has(r.field_id) && (r.root_field_id === null || r.root_field_id === field.id))
    .filter((r) => Number(r.value) !== 0)
    .map((r) => field.options.get(r.field_id!)!)
}

function typed(field: CustomField, rows: DataRow[]): string {
  return rows.find((r) => r.field_id === field.id)?.input?.trim() ?? ''
}

/** A single-valued register field from a Choice (one option, or several meaning the same) or a Text field. */
function single(field: CustomField | undefined, rows: DataRow[], table: Record<string, string>): {value: string; error?: RowError} {
  if (!field) return {value: ''}
  if (field.kind === 'text') return {value: mapped(table, typed(field, rows))}
  if (field.kind !== 'choice') return {value: ''}
  const titles = [...new Set(chosen(field, rows))]
  const values = [...new Set(titles.map((t) => mapped(table, t)))]
  if (values.length > 1)
    return {value: '', error: {field: '', reason: msg().deskpro.multipleOptions({field: field.title, options: titles})}}
  return {value: values[0] ?? ''}
}

function ticked(field: CustomField | undefined, rows: DataRow[]): boolean {
  if (!field) return false
  if (field.kind === 'toggle') return rows.some((r) => r.field_id === field.id && Number(r.value) !== 0)
  if (field.kind === 'choice') return chosen(field, rows).some((t) => !NO.has(t.toLowerCase()))
  return typed(field, rows) !== '' && !NO.has(typed(field, rows).toLowerCase())
}

/** The register fields of one ticket from its custom_data_ticket rows. */
export function ticketFields(
  rows: DataRow[],
  fields: {channel?: CustomField; requesterType?: CustomField; confidential?: CustomField},
  mapping: Mapping<'deskpro'>,
): TicketFields {
  const channel = single(fields.channel, rows, mapping.channel)
  const type = single(fields.requesterType, rows, mapping.requester_type)
  const error = channel.error
    ? {field: 'channel', reason: channel.error.reason}
    : type.error
      ? {field: 'requester_type', reason: type.error.reason}
      : undefined
  return {channel: channel.value, requesterType: type.value, confidential: ticked(fields.confidential, rows), error}
}

import {RegisterSpec, RowError} from './register-spec'
import {RowReader} from './fields'
import {jakartaFields, parseTimestamp, utcIso} from './timestamps'

/** One chatbot session and the menu chosen, as the chatbot shows it (`Tidak Dilanjutkan` = abandoned). */
export interface ChatbotRecord extends Record<string, unknown> {
  session_id: string
  started_at: string
  period: string
  menu: string
}

export const CHATBOT_FIELDS = ['session_id', 'started_at', 'menu']

function validateChatbot(raw: Record<string, string | undefined>): {record?: ChatbotRecord; errors: RowError[]} {
  const r = new RowReader(raw)
  const id = r.required('session_id', 191)
  const when = r.required('started_at')
  const at = when === undefined ? undefined : parseTimestamp(when)
  if (at && !at.ok) r.fail('started_at', at.reason)
  const menu = r.required('menu', 255)
  if (r.errors.length || !id || !at?.ok || !menu) return {errors: r.errors}
  return {errors: [], record: {session_id: id, started_at: utcIso(at.at), period: jakartaFields(at.at).period, menu}}
}

export const chatbotSpec: RegisterSpec<ChatbotRecord> = {
  register: 'chatbot',
  table: 'chatbot_sessions',
  key: 'session_id',
  validate: (raw) => validateChatbot(raw),
}

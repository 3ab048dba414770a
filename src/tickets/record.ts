import {csvLine} from '../util/spreadsheet-safety'

/** The archive's columns, in the order every file carries them. Changing it changes every archive's bytes. */
export const ARCHIVE_COLUMNS = [
  'ticket_id',
  'channel',
  'created_at',
  'created_local',
  'period',
  'requester_type',
  'region',
  'province',
  'zone',
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
export type ArchiveColumn = (typeof ARCHIVE_COLUMNS)[number]
export type ArchiveRecord = Record<ArchiveColumn, string | boolean | null>

export type ArchiveFormat = 'jsonl' | 'csv'
export const ARCHIVE_FORMATS: readonly ArchiveFormat[] = ['jsonl', 'csv']

/** What a confidential complaint's body becomes when the export does not include confidential data. */
export const REDACTED_BODY = '[DIRAHASIAKAN]'
const REQUESTER_FIELDS = ['requester_name', 'requester_email', 'requester_phone'] as const

/** Why a stored ticket is left out of the archive, or undefined when it belongs in it: the archive keeps the closing channels'. */
export function exclusionReason(row: {channel: string}, closing: ReadonlySet<string>): string | undefined {
  return closing.has(row.channel) ? undefined : 'unknown_channel'
}

/** Both dialects hand back 0/1 for booleans; the archive says true/false. */
function flag(value: unknown): boolean {
  return value === true || Number(value) === 1
}

function text(value: unknown): string | null {
  return value === null || value === undefined ? null : String(value)
}

/** A stored ticket as the archive holds it; a confidential one loses requester and body unless they are included. */
export function toArchiveRecord(row: Record<string, unknown>, includeConfidential: boolean): {record: ArchiveRecord; redacted: boolean} {
  const record = {} as ArchiveRecord
  for (const c of ARCHIVE_COLUMNS) record[c] = c === 'confidential' ? flag(row[c]) : text(row[c])
  const redacted = record.confidential === true && !includeConfidential
  if (redacted) {
    for (const f of REQUESTER_FIELDS) record[f] = null
    record.body = REDACTED_BODY
  }
  return {record, redacted}
}

/** One archive line, with its line ending. JSONL keeps text verbatim; csv cells are neutralised (CONTRACT §5.6). */
export function formatRecord(record: ArchiveRecord, format: ArchiveFormat): string {
  if (format === 'jsonl') return `${JSON.stringify(record)}\n`
  return `${csvLine(ARCHIVE_COLUMNS.map((c) => record[c]))}\r\n`
}

/** What a file starts with: the csv header row; nothing for JSONL. */
export function fileHeader(format: ArchiveFormat): string {
  return format === 'csv' ? `${csvLine([...ARCHIVE_COLUMNS])}\r\n` : ''
}

import {createHash} from 'node:crypto'
import {createReadStream} from 'node:fs'
import {createInterface} from 'node:readline'
import {parse} from 'csv-parse'
import {Knex} from 'knex'
import {closingChannelCodes} from '../channels/definition'
import {msg} from '../i18n'
import {recordOf} from '../sources/rederive-regions'
import {recordHash} from '../sources/row-hash'
import {dialectOf} from '../store/dialect'
import {neutraliseCsvCell} from '../util/spreadsheet-safety'
import {ARCHIVE_COLUMNS, ArchiveFormat, exclusionReason, toArchiveRecord} from './record'
import {monthQuery} from './read'

/** Problems named per file before the rest are only counted: one edited body is enough to say the file is not the store's. */
const NAMED_PER_FILE = 10

/** A row of an archive file as text that is equal for equal rows, whichever way it was read; its hash is what is kept. */
function rowKey(values: unknown[]): string {
  return createHash('sha256').update(JSON.stringify(values)).digest('base64')
}

/** What a csv cell reads back as: csv has no null and no booleans, and formula-like text went in quoted. */
function asCsvCell(v: unknown): string {
  if (v === null || v === undefined) return ''
  return typeof v === 'string' ? neutraliseCsvCell(v) : String(v)
}

interface FileRow {
  line: number
  key: string
  channel: string
}

/** Each row of a file by ticket id; stops at the first line that is not a record and names it. */
async function readRows(path: string, format: ArchiveFormat): Promise<{rows: Map<string, FileRow>; badLine?: number}> {
  const rows = new Map<string, FileRow>()
  const add = (rec: Record<string, unknown>, line: number, values: unknown[]) =>
    rows.set(String(rec.ticket_id), {line, key: rowKey(values), channel: String(rec.channel)})
  if (format === 'csv') {
    const parser = createReadStream(path).pipe(parse({columns: true, info: true}))
    try {
      for await (const {record, info} of parser as AsyncIterable<{record: Record<string, string>; info: {lines: number}}>)
        add(
          record,
          info.lines,
          ARCHIVE_COLUMNS.map((c) => record[c] ?? null),
        )
    } catch (error) {
      return {rows, badLine: Number((error as {lines?: number}).lines ?? 0) || rows.size + 2}
    }
    return {rows}
  }
  let line = 0
  for await (const text of createInterface({input: createReadStream(path), crlfDelay: Infinity})) {
    line++
    if (!text) continue
    let rec: unknown
    try {
      rec = JSON.parse(text)
    } catch {
      return {rows, badLine: line}
    }
    if (typeof rec !== 'object' || rec === null || Array.isArray(rec) || typeof (rec as {ticket_id?: unknown}).ticket_id !== 'string')
      return {rows, badLine: line}
    add(
      rec as Record<string, unknown>,
      line,
      ARCHIVE_COLUMNS.map((c) => (rec as Record<string, unknown>)[c] ?? null),
    )
  }
  return {rows}
}

export interface MonthCheck {
  /** Rows per channel, as read from the file. */
  channels: Map<string, number>
  problems: string[]
}

/**
 * One month file against the store, row by row: each stored ticket's row_hash re-derived from its
 * content (an edited row keeps its old hash), and each exported ticket's content compared with the
 * file's line for it, so a file edited together with its manifest and SHA256SUMS still fails.
 */
export async function checkMonthRows(
  knex: Knex,
  file: string,
  path: string,
  period: string,
  format: ArchiveFormat,
  includeConfidential: boolean,
): Promise<MonthCheck> {
  const m = msg().ledger
  const {rows, badLine} = await readRows(path, format)
  const channels = new Map<string, number>()
  for (const r of rows.values()) channels.set(r.channel, (channels.get(r.channel) ?? 0) + 1)
  const problems: string[] = []
  let unnamed = 0
  const report = (text: string) => (problems.length < NAMED_PER_FILE ? problems.push(text) : unnamed++)
  if (badLine !== undefined) report(m.lineUnreadable({file, line: badLine}))
  const closing = new Set(closingChannelCodes())
  await dialectOf(knex).forEachRow(knex, monthQuery(knex, period, ['*']), (row) => {
    const ticket = String(row.ticket_id)
    if (recordHash(recordOf(row)) !== row.row_hash) report(m.rowHashStale({ticket}))
    if (exclusionReason(row as {channel: string}, closing)) return
    const {record} = toArchiveRecord(row, includeConfidential)
    const inFile = rows.get(ticket)
    rows.delete(ticket)
    if (!inFile) {
      if (badLine === undefined) report(m.rowMissingFromFile({file, ticket}))
      return
    }
    const values = ARCHIVE_COLUMNS.map((c) => (format === 'csv' ? asCsvCell(record[c]) : record[c]))
    if (rowKey(values) !== inFile.key) report(m.rowVsStore({file, line: inFile.line, ticket}))
  })
  for (const [ticket, r] of rows) report(m.rowNotInStore({file, line: r.line, ticket}))
  if (unnamed) problems.push(m.moreRowProblems({file, count: unnamed}))
  return {channels, problems}
}

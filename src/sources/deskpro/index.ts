import {DateTime} from 'luxon'
import {InputError} from '../../errors'
import {msg} from '../../i18n'
import {loadMapping} from '../../mappings/load'
import {showUrl} from '../../store/connection'
import {Store} from '../../store/store'
import {importRegisterRows, RegisterImportSummary} from '../import-register'
import {RawRow} from '../register-spec'
import {rejectsPathFor} from '../rejects-path'
import {ticketSpec} from '../tickets'
import {SERVICE_ZONE} from '../timestamps'
import {loadLookups, Lookups} from './lookups'
import {hiddenSubStatus, pageRows, TicketRow, ticketPage} from './page'
import {DeskproEra, DeskproSchema, readSchema} from './schema'
import {openSource, sourceError} from './source'

export type {DeskproEra} from './schema'

export interface DeskproOptions {
  /** Only tickets created on or after this Jakarta date (YYYY-MM-DD). */
  since?: string
  progress?: (p: {read: number; rowsPerSecond: number}) => void
  rejectsFile?: string
}

/** An import's counts, plus what only a Deskpro source has to say. */
export interface DeskproSummary extends RegisterImportSummary {
  era: DeskproEra
  /** Hidden tickets left out, by sub-status (spam, deleted, validating, …; `unknown` when unreadable). */
  excluded_by: Record<string, number>
  /** 2019+ without a foreign key from tickets to ticket_statuses: sub-statuses could not be read. */
  sub_status_unknown: boolean
  /** Refs of tickets loaded without requester_email because nothing says which of several addresses was used. */
  unresolved_emails: string[]
}

/** `--since DATE`: midnight in Jakarta, as the UTC DATETIME text Deskpro compares with. */
export function sinceUtc(since: string): string {
  const d = /^\d{4}-\d{2}-\d{2}$/.test(since) ? DateTime.fromISO(since, {zone: SERVICE_ZONE}) : undefined
  if (!d?.isValid) throw new InputError(msg().errors.sinceNotDate({since}), msg().errors.sinceNotDateFix)
  return d.startOf('day').toUTC().toFormat('yyyy-MM-dd HH:mm:ss')
}

/**
 * Read tickets straight out of a Deskpro MySQL database (CONTRACT §3.3) into the ticket register,
 * whichever era it is (DeskPRO 4, Deskpro 5, 2019+, or the contract's simplified schema), told from
 * information_schema. Only SELECTs, in keyset-paginated pages; hidden tickets are counted as excluded
 * by sub-status; every row goes through the register's own validation, idempotency and audit.
 */
export async function importDeskpro(store: Store, url: string, opts: DeskproOptions = {}): Promise<DeskproSummary> {
  const mapping = loadMapping('deskpro')
  const since = opts.since ? sinceUtc(opts.since) : undefined
  const db = openSource(url)
  try {
    let schema: DeskproSchema
    let lookups: Lookups
    try {
      const read = await readSchema(db)
      if (read.missing.length) {
        const m = msg().deskpro
        throw new InputError(m.missingTables({url: showUrl(url), tables: read.missing}), m.missingTablesFix)
      }
      schema = read
      lookups = await loadLookups(db, schema, mapping)
    } catch (error) {
      throw sourceError(error, url)
    }
    const excludedBy: Record<string, number> = {}
    const unresolvedEmails: string[] = []
    async function* rows(): AsyncGenerator<RawRow> {
      for (let after = 0; ;) {
        let page: TicketRow[]
        let out: RawRow[]
        try {
          page = await ticketPage(db, schema, mapping, after, since, mapping.batch_size)
          if (page.length === 0) return
          after = page[page.length - 1].id
          const visible = page.filter((t) => t.status !== 'hidden')
          for (const t of page) {
            if (t.status !== 'hidden') continue
            const sub = hiddenSubStatus(t, lookups)
            excludedBy[sub] = (excludedBy[sub] ?? 0) + 1
          }
          const result = visible.length ? await pageRows(db, schema, visible, lookups, mapping) : {rows: [], unresolvedEmails: []}
          out = result.rows
          unresolvedEmails.push(...result.unresolvedEmails)
        } catch (error) {
          throw sourceError(error, url)
        }
        yield* out
        if (page.length < mapping.batch_size) return
      }
    }
    const source = `deskpro:${showUrl(url)}${opts.since ? ` since ${opts.since}` : ''}`
    const rejectsFile = opts.rejectsFile ?? (await rejectsPathFor(store, 'tickets'))
    const excluded = () => Object.values(excludedBy).reduce((a, b) => a + b, 0)
    const summary = await importRegisterRows(store, ticketSpec, rows(), {source, rejectsFile, progress: opts.progress, excluded})
    return {
      ...summary,
      era: schema.era,
      excluded_by: Object.fromEntries(Object.entries(excludedBy).sort(([a], [b]) => a.localeCompare(b))),
      sub_status_unknown: schema.era === '2019+' && !schema.statusLink && (excludedBy.unknown ?? 0) > 0,
      unresolved_emails: unresolvedEmails,
    }
  } finally {
    await db.destroy().catch(() => {})
  }
}

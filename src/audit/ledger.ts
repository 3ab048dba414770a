import {Knex} from 'knex'
import {changeCounters} from '../store/changes'
import {dialectOf} from '../store/dialect'
import {getMeta, setMeta} from '../store/meta'
import {sha256} from '../util/hash'
import {DIGESTS_FIELD} from './digests-field'

/**
 * Every table whose rows are the migration's state, so `audit verify` can hold each against the digest
 * the chain last recorded for it. Not here: the log itself and its head (`audit_log`, `meta`), who holds
 * the lock (`locks`), and the calendar, which a migration writes and never changes.
 */
export const LEDGER_TABLES = [
  'tickets',
  'faq_articles',
  'roster',
  'survey_responses',
  'chatbot_sessions',
  'visits',
  'vicons',
  'imports',
  'rejects',
  'changes',
  'plan_steps',
  'artifacts',
  'signoffs',
  'handover_drafts',
  'kms_review_workbooks',
  'kms_reviews',
  'role_assignments',
  'sme_assignments',
  'routing',
  'channel_steps',
  'region_aliases',
  'archive_runs',
  'archive_files',
] as const
export type LedgerTable = (typeof LEDGER_TABLES)[number]

/** Registers can hold a million rows: each is digested again only when its change counter moved. */
const COUNTED_BY: Partial<Record<LedgerTable, string>> = {
  tickets: 'tickets',
  faq_articles: 'faq',
  roster: 'roster',
  survey_responses: 'survey',
  chatbot_sessions: 'chatbot',
  visits: 'visits',
  vicons: 'vicon',
}
const REGISTER_TABLES = Object.fromEntries(Object.entries(COUNTED_BY).map(([table, input]) => [input, table as LedgerTable]))

/**
 * The state tables each action changes, by the longest prefix of its name that is listed: only these
 * are digested into its entry, so an entry never certifies a table an unrelated edit changed. An
 * action not listed changes none (verifications, reports, written files recorded by their own entry).
 */
const TOUCHES: Record<string, readonly LedgerTable[]> = {
  'artifact.recorded': ['artifacts'],
  'tickets.archive_file_removed': ['artifacts', 'archive_files'],
  'tickets.export_started': ['archive_runs'],
  'tickets.confidential_included': ['archive_runs'],
  'tickets.exported': ['archive_runs', 'archive_files'],
  'tickets.verified': ['archive_runs'],
  'import.': ['imports', 'rejects', 'changes'],
  'mappings.regions_rederived': ['tickets', 'visits', 'vicons', 'changes'],
  'mappings.regions_decided': ['region_aliases', 'tickets', 'visits', 'vicons', 'changes'],
  'roles.': ['role_assignments', 'sme_assignments', 'routing', 'changes'],
  'channels.': ['channel_steps', 'plan_steps', 'changes'],
  'plan.': ['plan_steps', 'changes'],
  'signoff.': ['signoffs', 'changes'],
  'handover.': ['handover_drafts'],
  'kms.review_workbook': ['kms_review_workbooks'],
  'kms.review_applied': ['kms_reviews', 'changes'],
  'metrics.': ['changes'],
  'decision.': ['changes'],
}

/** The tables `action` changes; an import also its register (`import.tickets` → tickets). */
export function touchedBy(action: string): LedgerTable[] {
  const prefix = Object.keys(TOUCHES)
    .filter((p) => action === p || (p.endsWith('.') && action.startsWith(p)))
    .sort((a, b) => b.length - a.length)[0]
  const tables = [...(prefix ? TOUCHES[prefix] : [])]
  const register = action.startsWith('import.') ? REGISTER_TABLES[action.split('.')[1]] : undefined
  return register ? [register, ...tables] : tables
}

/** Which import last saw a row changes on every import of an unchanged file: bookkeeping, not state. */
const UNDIGESTED_COLUMNS = new Set(['seen_import'])

const columnCache = new WeakMap<object, Map<string, string[]>>()

/** The digested columns of `table`, sorted by name so both stores and every column order agree. */
async function digestColumns(knex: Knex, table: string): Promise<string[]> {
  let byTable = columnCache.get(knex.client.config)
  if (!byTable) columnCache.set(knex.client.config, (byTable = new Map()))
  let columns = byTable.get(table)
  if (!columns) {
    columns = Object.keys(await knex(table).columnInfo())
      .filter((c) => !UNDIGESTED_COLUMNS.has(c))
      .sort()
    byTable.set(table, columns)
  }
  return columns
}

/** What an empty table digests to: the expected state of a table the chain never recorded. */
export const EMPTY_DIGEST = '0:empty'

/** `rows:hash` of a table's content, whatever order its rows come in; computed by the database (see table-digest.ts). */
export async function tableDigest(knex: Knex, table: string): Promise<string> {
  const {rows, lanes} = await dialectOf(knex).laneSums(knex, table, await digestColumns(knex, table))
  return rows === 0 ? EMPTY_DIGEST : `${rows}:${sha256(`${rows}|${lanes.join(',')}`).slice(0, 40)}`
}

/** The rows a digest counted. */
export function digestRows(digest: string): number {
  return Number(digest.split(':')[0])
}

/** The digests the chain recorded last, and the counters they were taken at: kept to skip unchanged tables, never trusted by verify. */
interface LedgerCache {
  digests: Record<string, string>
  counters: Record<string, number>
}
const CACHE_KEY = 'ledger_digests'

/** The cache, or undefined when it is missing or not one (then every touched table is digested again). */
async function readCache(knex: Knex): Promise<LedgerCache | undefined> {
  try {
    const parsed = JSON.parse((await getMeta(knex, CACHE_KEY)) ?? 'null')
    return parsed && typeof parsed.digests === 'object' && typeof parsed.counters === 'object' ? parsed : undefined
  } catch {
    return undefined
  }
}

/** Whether any entry of the chain carries digests: read only when the cache is missing. */
async function ledgerStarted(knex: Knex): Promise<boolean> {
  return Boolean(await knex('audit_log').where('details', 'like', `%"${DIGESTS_FIELD}"%`).first('id'))
}

/**
 * The digests of the tables `action` changes that differ from what the chain last recorded, taken
 * inside the transaction of the audit entry that will carry them (so after the change it records).
 * Rewriting the cache in `meta` can only make a digest be recorded again or be missed, and a missed
 * one fails verify.
 */
export async function changedDigests(trx: Knex | Knex.Transaction, action: string): Promise<Record<string, string>> {
  const knex = trx as Knex
  const cache = await readCache(knex)
  // The first entry since the ledger began (a new store, or one that predates it) records every table
  // once; a cache deleted later does not start it again, which would certify every table as it stands.
  const tables = cache || (await ledgerStarted(knex)) ? touchedBy(action) : [...LEDGER_TABLES]
  if (!tables.length) return {}
  const known: LedgerCache = cache ?? {digests: {}, counters: {}}
  const counters = await changeCounters(knex)
  const changed: Record<string, string> = {}
  for (const table of tables) {
    const input = COUNTED_BY[table]
    if (input && known.digests[table] !== undefined && (counters[input] ?? 0) === (known.counters[input] ?? 0)) continue
    const digest = await tableDigest(knex, table)
    if (digest !== (known.digests[table] ?? EMPTY_DIGEST)) changed[table] = digest
    known.digests[table] = digest
    if (input) known.counters[input] = counters[input] ?? 0
  }
  if (Object.keys(changed).length || !cache) await setMeta(knex, CACHE_KEY, JSON.stringify(known))
  return changed
}

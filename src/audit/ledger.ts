import {Knex} from 'knex'
import {changeCounters} from '../store/changes'
import {dialectOf, type LaneSums} from '../store/dialect'
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

/** The digested columns of a table, sorted by name so both stores and every column order agree, and their declared types. */
export interface DigestLayout {
  columns: string[]
  types: string[]
}

const layoutCache = new WeakMap<object, Map<string, DigestLayout>>()

/** The digested columns of `table` and their declared types. */
export async function digestLayout(knex: Knex, table: string): Promise<DigestLayout> {
  let byTable = layoutCache.get(knex.client.config)
  if (!byTable) layoutCache.set(knex.client.config, (byTable = new Map()))
  let layout = byTable.get(table)
  if (!layout) {
    const info = await knex(table).columnInfo()
    const columns = Object.keys(info)
      .filter((c) => !UNDIGESTED_COLUMNS.has(c))
      .sort()
    layout = {columns, types: columns.map((c) => info[c].type)}
    byTable.set(table, layout)
  }
  return layout
}

/** What an empty table digests to: the expected state of a table the chain never recorded. */
export const EMPTY_DIGEST = '0:empty'

/** The digest of a table with these row count and lane sums. */
function digestOf({rows, lanes}: LaneSums): string {
  return rows === 0 ? EMPTY_DIGEST : `${rows}:${sha256(`${rows}|${lanes.join(',')}`).slice(0, 40)}`
}

/** `rows:hash` of a table's content, whatever order its rows come in; computed by the database (see table-digest.ts). */
export async function tableDigest(knex: Knex, table: string): Promise<string> {
  return digestOf(await dialectOf(knex).laneSums(knex, table, (await digestLayout(knex, table)).columns))
}

/** The rows a digest counted. */
export function digestRows(digest: string): number {
  return Number(digest.split(':')[0])
}

/**
 * The digests the chain recorded last, the counters they were taken at and the lane sums they were
 * made of: kept to skip unchanged tables and to add an import's new rows to, never trusted by verify.
 */
interface LedgerCache {
  digests: Record<string, string>
  counters: Record<string, number>
  sums?: Record<string, CachedSums>
}

/** A register's lane sums and the columns they were taken over (a migration may add one). */
interface CachedSums extends LaneSums {
  columns: string
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
 * Rows one change of a register only added to its table (no row changed or removed), summed by the
 * import as it wrote them (`Dialect.rowLanes`): `counter` is the register's change count that change
 * moved to.
 */
export interface AddedRows {
  table: string
  counter: number
  sums: LaneSums
}

/**
 * The table's sums after `added`, from the sums the chain last recorded, when those are of the state
 * the rows were added to: the register's count then was one less, the cache's sums still make its
 * digest, and nothing else moved the count since. Otherwise undefined, and the table is read again.
 */
function sumsAfter(known: LedgerCache, input: string, now: number, added: AddedRows, columns: string): LaneSums | undefined {
  const before = known.sums?.[added.table]
  const digest = known.digests[added.table]
  if (!before || before.columns !== columns || digest === undefined || digestOf(before) !== digest) return undefined
  if (now !== added.counter || (known.counters[input] ?? 0) !== added.counter - 1) return undefined
  if (before.lanes.length !== added.sums.lanes.length) return undefined
  return {
    rows: before.rows + added.sums.rows,
    lanes: before.lanes.map((l, i) => String(BigInt(l) + BigInt(added.sums.lanes[i]))),
  }
}

/**
 * The digests of the tables `action` changes that differ from what the chain last recorded, taken
 * inside the transaction of the audit entry that will carry them (so after the change it records).
 * Rewriting the cache in `meta` can only make a digest be recorded again, be missed or be wrong, and
 * verify, which reads every table itself, fails on a missed or wrong one.
 */
export async function changedDigests(trx: Knex | Knex.Transaction, action: string, added?: AddedRows): Promise<Record<string, string>> {
  const knex = trx as Knex
  const cache = await readCache(knex)
  // The first entry since the ledger began (a new store, or one that predates it) records every table
  // once; a cache deleted later does not start it again, which would certify every table as it stands.
  const tables = cache || (await ledgerStarted(knex)) ? touchedBy(action) : [...LEDGER_TABLES]
  if (!tables.length) return {}
  const known: LedgerCache = cache ?? {digests: {}, counters: {}}
  known.sums ??= {}
  const counters = await changeCounters(knex)
  const changed: Record<string, string> = {}
  for (const table of tables) {
    const input = COUNTED_BY[table]
    if (input && known.digests[table] !== undefined && (counters[input] ?? 0) === (known.counters[input] ?? 0)) continue
    const {columns} = await digestLayout(knex, table)
    // Only the registers' sums are kept, with the columns they cover: they are what an import adds to.
    const covers = columns.join(',')
    const summed = input && added?.table === table ? sumsAfter(known, input, counters[input] ?? 0, added, covers) : undefined
    const sums = summed ?? (await dialectOf(knex).laneSums(knex, table, columns))
    const digest = digestOf(sums)
    if (digest !== (known.digests[table] ?? EMPTY_DIGEST)) changed[table] = digest
    known.digests[table] = digest
    if (input) {
      known.sums[table] = {...sums, columns: covers}
      known.counters[input] = counters[input] ?? 0
    }
  }
  if (Object.keys(changed).length || !cache) await setMeta(knex, CACHE_KEY, JSON.stringify(known))
  return changed
}

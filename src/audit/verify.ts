import {dirname, join} from 'node:path'
import {Knex} from 'knex'
import {VerificationError} from '../errors'
import {msg} from '../i18n'
import {ANCHOR_FILE, readAnchors} from './anchor'
import {ArtifactProblem, RecordedFile, verifyArtifacts} from './artifacts'
import {AuditEntry, verifyChain} from './chain'
import {DIGESTS_FIELD} from './digests-field'
import {digestRows, EMPTY_DIGEST, LEDGER_TABLES, tableDigest} from './ledger'

export interface AuditVerification {
  ok: boolean
  entries: number
  head: string
  artifacts: number
  tables: number
  firstBad?: {id: number; reason: string}
  /** Files the chain recorded that are missing or changed. */
  problems: ArtifactProblem[]
  /** State tables whose content is not what the chain last recorded. */
  table_problems: {table: string; reason: string}[]
  /** Folders whose anchored head the log no longer reaches. */
  anchor_problems: {file: string; reason: string}[]
  /** Problems the record checks found (a sign-off whose hash does not match its draft). */
  records: string[]
}

/** A check of records the chain and the artifacts do not cover by themselves (sign-offs against their draft); returns problems. */
export type RecordCheck = (knex: Knex) => Promise<string[]>

/** What the chain itself says the store and the files should be: read in one walk of the log. */
class ChainRecord {
  readonly digests = new Map<string, {digest: string; entry: number}>()
  readonly files = new Map<string, RecordedFile>()
  readonly hashes = new Map<number, string>()
  readonly dirs = new Set<string>()
  store?: string

  read(e: AuditEntry): void {
    if (e.id === 1) this.store = e.hash
    const details = JSON.parse(e.details)
    for (const [table, digest] of Object.entries((details[DIGESTS_FIELD] ?? {}) as Record<string, string>))
      this.digests.set(table, {digest, entry: e.id})
    if (e.action === 'artifact.recorded') {
      this.files.set(details.path, {path: details.path, kind: details.kind, sha256: details.sha256, bytes: details.bytes, entry: e.id})
      this.hashes.set(e.id, e.hash)
      this.dirs.add(dirname(details.path))
    } else if (e.action === 'tickets.archive_file_removed') this.files.delete(details.path)
    else if (e.action === 'plan.out_dir') this.dirs.add(details.out_dir)
  }
}

/** Every state table against the digest the chain recorded last for it (an empty table for one it never recorded). */
async function verifyTables(knex: Knex, record: ChainRecord): Promise<{table: string; reason: string}[]> {
  const m = msg().ledger
  const problems = []
  for (const table of LEDGER_TABLES) {
    const now = await tableDigest(knex, table)
    const recorded = record.digests.get(table)
    if (recorded && now !== recorded.digest)
      problems.push({
        table,
        reason: m.tableDiffers({table, rows: digestRows(now), recordedRows: digestRows(recorded.digest), entry: recorded.entry}),
      })
    else if (!recorded && now !== EMPTY_DIGEST) problems.push({table, reason: m.tableNeverRecorded({table, rows: digestRows(now)})})
  }
  return problems
}

/** Each folder the chain wrote into: the head anchored there must be an entry the log still holds, unchanged. */
function verifyAnchors(record: ChainRecord, entries: number): {file: string; reason: string}[] {
  const m = msg().ledger
  const problems = []
  for (const dir of record.dirs) {
    const file = join(dir, ANCHOR_FILE)
    const anchors = readAnchors(dir)
    if (!anchors) {
      problems.push({file, reason: m.anchorUnreadable({file})})
      continue
    }
    const anchor = record.store ? anchors[record.store] : undefined
    if (!anchor) continue
    if (anchor.entry > entries) problems.push({file, reason: m.anchorAhead({file, entry: anchor.entry, entries})})
    else if (record.hashes.get(anchor.entry) !== anchor.hash) problems.push({file, reason: m.anchorUnknown({file, entry: anchor.entry})})
  }
  return problems
}

/**
 * The chain first; then, from the chain alone, every state table's digest, every recorded file and every
 * anchored head; then `checks`. The result carries the error to raise when it failed, the first
 * difference named first.
 */
export async function verifyAudit(knex: Knex, checks: RecordCheck[] = []): Promise<AuditVerification & {error?: VerificationError}> {
  const record = new ChainRecord()
  const chain = await verifyChain(knex, (e) => record.read(e))
  // A broken chain recorded less than the tables hold: their differences would only repeat its finding.
  const tables = chain.ok ? await verifyTables(knex, record) : []
  const {checked, problems} = await verifyArtifacts(record.files.values())
  const anchors = verifyAnchors(record, chain.entries)
  const records: string[] = []
  for (const check of checks) records.push(...(await check(knex)))
  const result: AuditVerification = {
    ok: chain.ok && tables.length === 0 && problems.length === 0 && anchors.length === 0 && records.length === 0,
    entries: chain.entries,
    head: chain.head,
    artifacts: checked,
    tables: LEDGER_TABLES.length,
    firstBad: chain.firstBad,
    problems,
    table_problems: tables,
    anchor_problems: anchors,
    records,
  }
  if (result.ok) return result
  const lines = [
    ...(chain.firstBad ? [msg().ledger.firstBadEntry(chain.firstBad)] : []),
    ...tables.map((p) => p.reason),
    ...problems.map((p) => p.reason),
    ...anchors.map((p) => p.reason),
    ...records,
  ]
  return {...result, error: new VerificationError(msg().ledger.verifyFailed({lines}), result)}
}

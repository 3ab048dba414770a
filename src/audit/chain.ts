import {Knex} from 'knex'
import {sha256, stableStringify} from '../util/hash'
import {nowIso} from '../util/time'
import {msg} from '../i18n'
import {dialectOf} from '../store/dialect'
import {getMeta, setMeta} from '../store/meta'
import {DIGESTS_FIELD} from './digests-field'
import {AddedRows, changedDigests} from './ledger'

export const GENESIS = '0'.repeat(64)

export interface AuditEntry {
  id: number
  at: string
  actor: string
  command: string
  action: string
  details: string
  prev_hash: string
  hash: string
}

/** The hash of one entry: it covers its position, its content and the hash before it. */
export function entryHash(e: Omit<AuditEntry, 'hash'>): string {
  return sha256(
    `${e.prev_hash}\n${stableStringify({id: e.id, at: e.at, actor: e.actor, command: e.command, action: e.action, details: e.details})}`,
  )
}

function withDigests(details: unknown, digests: Record<string, string>): unknown {
  if (!Object.keys(digests).length) return details
  const plain = typeof details === 'object' && details !== null && !Array.isArray(details)
  return plain ? {...details, [DIGESTS_FIELD]: digests} : {value: details, [DIGESTS_FIELD]: digests}
}

export interface AuditContext {
  actor: string
  command: string
}

/**
 * Append one entry to the hash-chained log, inside the caller's transaction when given one, so a
 * state change and its audit entry land together or not at all. `added`: the rows an import only
 * added to its register, summed as it wrote them, so the register's new digest need not read it all.
 */
export async function appendAudit(
  db: Knex | Knex.Transaction,
  ctx: AuditContext,
  action: string,
  details: unknown,
  added?: AddedRows,
): Promise<AuditEntry> {
  const run = async (trx: Knex.Transaction | Knex) => {
    // Locked until the transaction ends, so two appends cannot share a parent.
    const last = await dialectOf(trx).forUpdate(trx('audit_log').orderBy('id', 'desc').first('id', 'hash'))
    const entry = {
      id: (last?.id ?? 0) + 1,
      at: nowIso(),
      actor: ctx.actor,
      command: ctx.command,
      action,
      details: stableStringify(withDigests(details ?? {}, await changedDigests(trx, action, added))),
      prev_hash: last?.hash ?? GENESIS,
    }
    const full: AuditEntry = {...entry, hash: entryHash(entry)}
    await trx('audit_log').insert(full)
    await setMeta(trx as Knex, 'audit_head', `${full.id}:${full.hash}`)
    return full
  }
  return (db as Knex.Transaction).isTransaction ? run(db) : (db as Knex).transaction(run)
}

export interface ChainCheck {
  ok: boolean
  entries: number
  head: string
  firstBad?: {id: number; reason: string}
}

/**
 * Recompute the chain in id order, a page at a time; the first entry that does not fit is named.
 * `onEntry` sees each entry that fits, in order, so a reader of the chain's content walks it only once.
 */
export async function verifyChain(knex: Knex, onEntry: (e: AuditEntry) => void = () => {}): Promise<ChainCheck> {
  const m = msg().ledger
  let prev = GENESIS
  let expectedId = 1
  let entries = 0
  let lastId = 0
  const bad = (id: number, reason: string): ChainCheck => ({ok: false, entries, head: prev, firstBad: {id, reason}})
  for (;;) {
    const page: AuditEntry[] = await knex('audit_log').where('id', '>', lastId).orderBy('id').limit(2000)
    if (page.length === 0) break
    for (const e of page) {
      if (e.id !== expectedId) return bad(e.id, m.entryMissing({expected: expectedId, next: e.id}))
      if (e.prev_hash !== prev) return bad(e.id, m.entryRelinked)
      if (entryHash(e) !== e.hash) return bad(e.id, m.entryEdited)
      onEntry(e)
      prev = e.hash
      expectedId++
      entries++
      lastId = e.id
    }
  }
  // The chain alone cannot tell that its last entries were cut off; the recorded head can.
  const head = await getMeta(knex, 'audit_head')
  if (head && head !== `${entries}:${prev}`) {
    const id = Number(head.split(':')[0])
    return bad(id, m.tailCut({entries, head: id}))
  }
  return {ok: true, entries, head: prev}
}

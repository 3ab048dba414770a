import {Knex} from 'knex'
import {sha256, stableStringify} from '../util/hash'
import {nowIso} from '../util/time'
import {dialectOf} from '../store/dialect'
import {getMeta, setMeta} from '../store/meta'

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

export interface AuditContext {
  actor: string
  command: string
}

/**
 * Append one entry to the hash-chained log, inside the caller's transaction when given one, so a
 * state change and its audit entry land together or not at all.
 */
export async function appendAudit(db: Knex | Knex.Transaction, ctx: AuditContext, action: string, details: unknown): Promise<AuditEntry> {
  const run = async (trx: Knex.Transaction | Knex) => {
    // Locked until the transaction ends, so two appends cannot share a parent.
    const last = await dialectOf(trx).forUpdate(trx('audit_log').orderBy('id', 'desc').first('id', 'hash'))
    const entry = {
      id: (last?.id ?? 0) + 1,
      at: nowIso(),
      actor: ctx.actor,
      command: ctx.command,
      action,
      details: stableStringify(details ?? {}),
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

/** Recompute the chain in id order, a page at a time; the first entry that does not fit is named. */
export async function verifyChain(knex: Knex): Promise<ChainCheck> {
  let prev = GENESIS
  let expectedId = 1
  let entries = 0
  let lastId = 0
  for (;;) {
    const page: AuditEntry[] = await knex('audit_log').where('id', '>', lastId).orderBy('id').limit(2000)
    if (page.length === 0) break
    for (const e of page) {
      if (e.id !== expectedId)
        return {ok: false, entries, head: prev, firstBad: {id: e.id, reason: `entry ${expectedId} is missing (next entry is ${e.id})`}}
      if (e.prev_hash !== prev)
        return {
          ok: false,
          entries,
          head: prev,
          firstBad: {id: e.id, reason: 'its prev_hash does not match the entry before it (an entry was removed or reordered)'},
        }
      if (entryHash(e) !== e.hash)
        return {ok: false, entries, head: prev, firstBad: {id: e.id, reason: 'its content does not match its hash (the entry was edited)'}}
      prev = e.hash
      expectedId++
      entries++
      lastId = e.id
    }
  }
  // The chain alone cannot tell that its last entries were cut off; the recorded head can.
  const head = await getMeta(knex, 'audit_head')
  if (head && head !== `${entries}:${prev}`) {
    const [id] = head.split(':')
    return {
      ok: false,
      entries,
      head: prev,
      firstBad: {
        id: Number(id),
        reason: `the log ends at entry ${entries} but entry ${id} was recorded as its head (entries were removed from the end)`,
      },
    }
  }
  return {ok: true, entries, head: prev}
}

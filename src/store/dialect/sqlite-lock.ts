import {hostname} from 'node:os'
import {Knex} from 'knex'
import {LOCK_ROW, LockAttempt, LockHolder} from './operator-lock'

/** A SQLite holder that has not beaten its heart for this long is taken to have crashed. */
export const STALE_AFTER_MS = 60_000
const HEARTBEAT_MS = 10_000

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

function isStale(h: LockHolder & {heartbeat_at: string}): boolean {
  if (h.host === hostname() && !pidAlive(h.pid)) return true
  return Date.now() - Date.parse(h.heartbeat_at) > STALE_AFTER_MS
}

/**
 * The operator lock on SQLite: a row in `locks`, taken in a write transaction. It is stale, and taken
 * over, when its holder's process is gone (same host) or its heartbeat is older than STALE_AFTER_MS.
 */
export async function acquireSqliteLock(knex: Knex, me: LockHolder): Promise<LockAttempt> {
  // A live holder is read first without SQLite's write lock (a WAL reader never waits): an import that
  // holds the lock writes batch after batch, and an operator who had to catch a gap between two of them
  // was told only after a second or more, not at once.
  const seen = (await knex('locks').where({name: LOCK_ROW}).first()) as (LockHolder & {heartbeat_at: string}) | undefined
  if (seen && !isStale(seen)) return {heldBy: seen}
  const current = await knex.transaction(async (trx) => {
    // Write first, so the transaction holds SQLite's write lock (waiting out busy_timeout) before it
    // reads: a read-then-write transaction that another process wrote under fails at once with
    // "database is locked" (exit 1) where two operators starting together must get exit 3.
    await trx.raw('UPDATE locks SET heartbeat_at = heartbeat_at WHERE 1 = 0')
    const row = await trx('locks').where({name: LOCK_ROW}).first()
    if (row && !isStale(row)) return row as LockHolder
    await trx('locks').where({name: LOCK_ROW}).delete()
    await trx('locks').insert({name: LOCK_ROW, ...me, heartbeat_at: me.acquired_at})
    return undefined
  })
  if (current) return {heldBy: current}
  const beat = setInterval(() => {
    knex('locks')
      .where({name: LOCK_ROW, pid: me.pid, host: me.host})
      .update({heartbeat_at: new Date().toISOString()})
      .catch(() => {})
  }, HEARTBEAT_MS)
  beat.unref()
  return {
    lock: {
      async release() {
        clearInterval(beat)
        await knex('locks').where({name: LOCK_ROW, pid: me.pid, host: me.host}).delete()
      },
    },
  }
}

import {hostname} from 'node:os'
import {Knex} from 'knex'
import {WaitingError} from '../errors'
import {nowIso} from '../util/time'

const LOCK_NAME = 'store'
/** A SQLite holder that has not beaten its heart for this long is taken to have crashed. */
export const STALE_AFTER_MS = 60_000
const HEARTBEAT_MS = 10_000

export interface LockHolder {
  holder: string
  host: string
  pid: number
  command: string
  acquired_at: string
}

export interface StoreLock {
  release(): Promise<void>
}

function busy(h: LockHolder | undefined): WaitingError {
  const who = h ? `${h.holder} (${h.command}, pid ${h.pid} on ${h.host}) since ${h.acquired_at}` : 'another operator'
  return new WaitingError(`the store is locked by ${who}`, 'wait for that command to finish, then run this one again', {holder: h ?? null})
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * Take the store-wide operator lock, or fail at once with exit 3 naming who holds it.
 * MySQL: GET_LOCK on a pinned connection, released by the server if the holder's session dies.
 * SQLite: a row in `locks`; it is stale, and taken over, when its holder's process is gone (same
 * host) or its heartbeat is older than STALE_AFTER_MS.
 */
export async function acquireLock(knex: Knex, holder: string, command: string): Promise<StoreLock> {
  const me: LockHolder = {holder, host: hostname(), pid: process.pid, command, acquired_at: nowIso()}
  return knex.client.config.client === 'mysql2' ? acquireMysql(knex, me) : acquireSqlite(knex, me)
}

async function acquireMysql(knex: Knex, me: LockHolder): Promise<StoreLock> {
  const conn = await knex.client.acquireConnection()
  const query = (sql: string, params: unknown[] = []) =>
    new Promise<any[]>((resolve, reject) =>
      conn.query(sql, params, (err: Error | null, rows: any[]) => (err ? reject(err) : resolve(rows))),
    )
  const [{db}] = await query('SELECT DATABASE() AS db')
  const name = `prime-migrate:${db}`
  const [{got}] = await query('SELECT GET_LOCK(?, 0) AS got', [name])
  if (Number(got) !== 1) {
    await knex.client.releaseConnection(conn)
    throw busy(await knex('locks').where({name: LOCK_NAME}).first())
  }
  await knex('locks').where({name: LOCK_NAME}).delete()
  await knex('locks').insert({name: LOCK_NAME, ...me, heartbeat_at: me.acquired_at})
  return {
    async release() {
      try {
        await knex('locks').where({name: LOCK_NAME, pid: me.pid, host: me.host}).delete()
        await query('SELECT RELEASE_LOCK(?)', [name])
      } finally {
        await knex.client.releaseConnection(conn)
      }
    },
  }
}

function isStale(h: LockHolder & {heartbeat_at: string}): boolean {
  if (h.host === hostname() && !pidAlive(h.pid)) return true
  return Date.now() - Date.parse(h.heartbeat_at) > STALE_AFTER_MS
}

async function acquireSqlite(knex: Knex, me: LockHolder): Promise<StoreLock> {
  const got = await knex.transaction(async (trx) => {
    // Write first, so the transaction holds SQLite's write lock (waiting out busy_timeout) before it
    // reads: a read-then-write transaction that another process wrote under fails at once with
    // "database is locked" (exit 1) where two operators starting together must get exit 3.
    await trx.raw('UPDATE locks SET heartbeat_at = heartbeat_at WHERE 1 = 0')
    const current = await trx('locks').where({name: LOCK_NAME}).first()
    if (current && !isStale(current)) return current as LockHolder
    await trx('locks').where({name: LOCK_NAME}).delete()
    await trx('locks').insert({name: LOCK_NAME, ...me, heartbeat_at: me.acquired_at})
    return undefined
  })
  if (got) throw busy(got)
  const beat = setInterval(() => {
    knex('locks')
      .where({name: LOCK_NAME, pid: me.pid, host: me.host})
      .update({heartbeat_at: new Date().toISOString()})
      .catch(() => {})
  }, HEARTBEAT_MS)
  beat.unref()
  return {
    async release() {
      clearInterval(beat)
      await knex('locks').where({name: LOCK_NAME, pid: me.pid, host: me.host}).delete()
    },
  }
}

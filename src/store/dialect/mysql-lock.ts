import {Knex} from 'knex'
import {LOCK_ROW, LockAttempt, LockHolder} from './operator-lock'

/** Whether a pinned connection is gone (the server died or closed it): its session, and GET_LOCK with it, ended. */
function dead(conn: any): boolean {
  return Boolean(conn._fatalError || conn._protocolError || conn._closing || conn.stream?.destroyed)
}

/**
 * The operator lock on MySQL: GET_LOCK on a pinned connection, released by the server if the
 * holder's session dies; the `locks` row only names the holder. Whatever fails after GET_LOCK gives
 * the lock and the connection back before the error goes on.
 */
export async function acquireMysqlLock(knex: Knex, me: LockHolder): Promise<LockAttempt> {
  const conn = await knex.client.acquireConnection()
  const query = (sql: string, params: unknown[] = []) =>
    new Promise<any[]>((resolve, reject) =>
      conn.query(sql, params, (err: Error | null, rows: any[]) => (err ? reject(err) : resolve(rows))),
    )
  let name: string | undefined
  const giveBack = async () => {
    try {
      if (name && !dead(conn)) await query('SELECT RELEASE_LOCK(?)', [name]).catch(() => {})
    } finally {
      await knex.client.releaseConnection(conn)
    }
  }
  try {
    const [{db}] = await query('SELECT DATABASE() AS db')
    const [{got}] = await query('SELECT GET_LOCK(?, 0) AS got', [`prime-migrate:${db}`])
    if (Number(got) !== 1) {
      await giveBack()
      return {heldBy: await holderRow(knex)}
    }
    name = `prime-migrate:${db}`
    await knex.transaction(async (trx) => {
      await trx('locks').where({name: LOCK_ROW}).delete()
      await trx('locks').insert({name: LOCK_ROW, ...me, heartbeat_at: me.acquired_at})
    })
  } catch (error) {
    await giveBack().catch(() => {})
    throw error
  }
  return {
    lock: {
      async release() {
        try {
          // A dead session already lost GET_LOCK; its row is only a label, replaced by the next holder.
          if (!dead(conn)) await knex('locks').where({name: LOCK_ROW, pid: me.pid, host: me.host}).delete()
        } finally {
          await giveBack()
        }
      },
    },
  }
}

/** How long a refused operator waits for the holder to write its name, which follows its GET_LOCK. */
const NAME_WAIT_MS = 2000

/** The holder's row; a holder that won GET_LOCK a moment ago may not have written it yet. */
async function holderRow(knex: Knex): Promise<LockHolder | undefined> {
  const deadline = Date.now() + NAME_WAIT_MS
  for (;;) {
    const row = await knex('locks').where({name: LOCK_ROW}).first()
    if (row || Date.now() > deadline) return row
    await new Promise((r) => setTimeout(r, 50))
  }
}

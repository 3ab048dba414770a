import {Knex} from 'knex'
import {LOCK_ROW, LockAttempt, LockHolder} from './operator-lock'

/**
 * The operator lock on MySQL: GET_LOCK on a pinned connection, released by the server if the
 * holder's session dies; the `locks` row only names the holder.
 */
export async function acquireMysqlLock(knex: Knex, me: LockHolder): Promise<LockAttempt> {
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
    return {heldBy: await holderRow(knex)}
  }
  await knex('locks').where({name: LOCK_ROW}).delete()
  await knex('locks').insert({name: LOCK_ROW, ...me, heartbeat_at: me.acquired_at})
  return {
    lock: {
      async release() {
        try {
          await knex('locks').where({name: LOCK_ROW, pid: me.pid, host: me.host}).delete()
          await query('SELECT RELEASE_LOCK(?)', [name])
        } finally {
          await knex.client.releaseConnection(conn)
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

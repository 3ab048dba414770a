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
    return {heldBy: await knex('locks').where({name: LOCK_ROW}).first()}
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

import {hostname} from 'node:os'
import {Knex} from 'knex'
import {WaitingError} from '../errors'
import {nowIso} from '../util/time'
import {dialectOf} from './dialect'
import {LockHolder, StoreLock} from './dialect/operator-lock'

export type {LockHolder, StoreLock} from './dialect/operator-lock'

function busy(h: LockHolder | undefined): WaitingError {
  const who = h ? `${h.holder} (${h.command}, pid ${h.pid} on ${h.host}) since ${h.acquired_at}` : 'another operator'
  return new WaitingError(`the store is locked by ${who}`, 'wait for that command to finish, then run this one again', {holder: h ?? null})
}

/**
 * Take the store-wide operator lock, or fail at once with exit 3 naming who holds it. How the lock is
 * held, and when a crashed holder's lock is freed, is the dialect's (`dialect/mysql-lock.ts`,
 * `dialect/sqlite-lock.ts`).
 */
export async function acquireLock(knex: Knex, holder: string, command: string): Promise<StoreLock> {
  const me: LockHolder = {holder, host: hostname(), pid: process.pid, command, acquired_at: nowIso()}
  const attempt = await dialectOf(knex).acquireLock(knex, me)
  if ('heldBy' in attempt) throw busy(attempt.heldBy)
  return attempt.lock
}

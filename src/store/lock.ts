import {createHash} from 'node:crypto'
import {hostname} from 'node:os'
import {Knex} from 'knex'
import {WaitingError} from '../errors'
import {msg} from '../i18n'
import {nowIso} from '../util/time'
import {dialectOf} from './dialect'
import {LockHolder, StoreLock} from './dialect/operator-lock'

export type {LockHolder, StoreLock} from './dialect/operator-lock'

/** The width of the `locks` columns that name the holder (holder, host, command). */
export const LOCK_LABEL_CHARS = 191

/**
 * A name as the `locks` row can hold it: whole when it fits, otherwise its start and a digest of the
 * whole, so two long names stay apart and the refused operator still reads who it is.
 */
export function lockLabel(name: string): string {
  if (name.length <= LOCK_LABEL_CHARS) return name
  const digest = createHash('sha256').update(name).digest('hex').slice(0, 12)
  return `${name.slice(0, LOCK_LABEL_CHARS - 15)}…#${digest}`
}

function busy(h: LockHolder | undefined): WaitingError {
  const m = msg().faults
  const who = h ? m.lockedBy({holder: h.holder, command: h.command, pid: h.pid, host: h.host, since: h.acquired_at}) : m.lockedByUnknown
  return new WaitingError(who, m.lockedFix, {holder: h ?? null})
}

/**
 * Take the store-wide operator lock, or fail at once with exit 3 naming who holds it. How the lock is
 * held, and when a crashed holder's lock is freed, is the dialect's (`dialect/mysql-lock.ts`,
 * `dialect/sqlite-lock.ts`).
 */
export async function acquireLock(knex: Knex, holder: string, command: string): Promise<StoreLock> {
  const me: LockHolder = {
    holder: lockLabel(holder),
    host: lockLabel(hostname()),
    pid: process.pid,
    command: lockLabel(command),
    acquired_at: nowIso(),
  }
  const attempt = await dialectOf(knex).acquireLock(knex, me)
  if ('heldBy' in attempt) throw busy(attempt.heldBy)
  return attempt.lock
}

/** Who holds the store-wide operator lock; kept in the `locks` row on both dialects. */
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

/** A lock taken, or the holder that has it (undefined when the holder left no row). */
export type LockAttempt = {lock: StoreLock} | {heldBy: LockHolder | undefined}

/** The one row of `locks` that names the holder. */
export const LOCK_ROW = 'store'

/** Wall-clock now as an ISO 8601 UTC instant. Tests may pin it with PRIME_MIGRATE_NOW. */
export function nowIso(): string {
  const pinned = process.env.PRIME_MIGRATE_NOW
  return pinned ? new Date(pinned).toISOString() : new Date().toISOString()
}

/** Today's date (YYYY-MM-DD) in Asia/Jakarta, the service's clock. */
export function todayJakarta(): string {
  const t = new Date(Date.parse(nowIso()) + 7 * 3600_000)
  return t.toISOString().slice(0, 10)
}

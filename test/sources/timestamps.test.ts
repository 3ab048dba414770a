import {DateTime} from 'luxon'
import {jakartaFields, jakartaFieldsMs, SERVICE_ZONE, utcIso, utcIsoMs} from '../../src/sources/timestamps'

/**
 * The import formats a ticket's stored instants from epoch milliseconds, a day's fields kept for the
 * rows that follow on the same day (issue #18); they must be what luxon writes, whatever order the
 * rows come in, wherever a day starts and ends in UTC and in Jakarta.
 */
describe('stored instants and Jakarta fields from epoch milliseconds', () => {
  const luxon = (ms: number) => {
    const at = DateTime.fromMillis(ms, {zone: SERVICE_ZONE})
    return {utc: utcIso(at), local: jakartaFields(at)}
  }
  const fast = (ms: number) => ({utc: utcIsoMs(ms), local: jakartaFieldsMs(ms)})

  const EDGES = [
    Date.UTC(2025, 1, 1, 16, 59, 59, 999), // the last millisecond of 1 February in Jakarta
    Date.UTC(2025, 1, 1, 17, 0, 0, 0), // Jakarta's midnight
    Date.UTC(2025, 1, 1, 23, 59, 59, 1), // UTC's last second of the day, with a millisecond
    Date.UTC(2025, 1, 2, 0, 0, 0, 0),
    Date.UTC(2024, 1, 29, 12, 30, 5, 120), // a leap day
    Date.UTC(2024, 11, 31, 17, 0, 0, 0), // new year in Jakarta, not yet in UTC
    Date.UTC(1969, 11, 31, 23, 59, 59, 999), // before the epoch: negative milliseconds
    Date.UTC(1900, 0, 1, 0, 0, 0, 0),
    Date.UTC(9998, 11, 30, 23, 59, 59, 0),
    Date.UTC(1899, 11, 31, 12, 0, 0, 0), // outside the fast range: luxon itself
  ]

  it.each(EDGES.map((ms) => [new Date(ms).toISOString(), ms]))('%s', (_iso, ms) => {
    expect(fast(ms)).toEqual(luxon(ms))
  })

  it('agrees with luxon on 20,000 instants, in time order and shuffled', () => {
    let seed = 18
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
    const from = Date.UTC(2019, 0, 1)
    const span = Date.UTC(2027, 0, 1) - from
    const instants = Array.from(
      {length: 10_000},
      () => from + Math.floor(random() * span) - (random() < 0.5 ? 0 : Math.floor(random() * 1000)),
    )
    const ordered = [...instants].sort((a, b) => a - b)
    for (const ms of [...ordered, ...instants]) expect(fast(ms)).toEqual(luxon(ms))
  })
})

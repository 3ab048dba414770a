import {createHash} from 'node:crypto'
import {closeSync, fsyncSync, openSync, renameSync, writeSync} from 'node:fs'
import {Knex} from 'knex'
import {closingChannelCodes} from '../channels/definition'
import {ARCHIVE_COLUMNS, ArchiveFormat, exclusionReason, fileHeader, formatRecord, toArchiveRecord} from './record'
import {dialectOf} from '../store/dialect'
import {monthQuery} from './read'

/** Per channel of one month: what the store had, what went into the file, what was left out and why. */
export interface ChannelTally {
  channel: string
  source: number
  exported: number
  excluded: number
  excluded_reasons: Record<string, number>
  redacted: number
}

export interface MonthFile {
  period: string
  rows: number
  bytes: number
  sha256: string
  channels: ChannelTally[]
}

const FLUSH_AT = 1 << 20

/** Writes text to a file descriptor in ~1 MB pieces, hashing and counting as it goes. */
class HashingWriter {
  private parts: string[] = []
  private pending = 0
  readonly hash = createHash('sha256')
  bytes = 0

  constructor(private readonly fd: number) {}

  write(text: string): void {
    this.parts.push(text)
    this.pending += text.length
    if (this.pending >= FLUSH_AT) this.flush()
  }

  flush(): void {
    if (!this.parts.length) return
    const buf = Buffer.from(this.parts.join(''), 'utf8')
    this.parts = []
    this.pending = 0
    this.hash.update(buf)
    this.bytes += buf.length
    let off = 0
    while (off < buf.length) off += writeSync(this.fd, buf, off)
  }
}

/**
 * Write one month to `path`: first to `path.tmp`, synced, then renamed, so a month file that exists
 * is always whole. Counts come from the rows actually written.
 */
export async function writeMonthFile(
  knex: Knex,
  period: string,
  path: string,
  format: ArchiveFormat,
  includeConfidential: boolean,
): Promise<MonthFile> {
  const closing = new Set(closingChannelCodes())
  const tmp = `${path}.tmp`
  const fd = openSync(tmp, 'w')
  const tallies = new Map<string, ChannelTally>()
  const tally = (channel: string) => {
    let t = tallies.get(channel)
    if (!t) tallies.set(channel, (t = {channel, source: 0, exported: 0, excluded: 0, excluded_reasons: {}, redacted: 0}))
    return t
  }
  let rows = 0
  const out = new HashingWriter(fd)
  try {
    out.write(fileHeader(format))
    await dialectOf(knex).forEachRow(knex, monthQuery(knex, period, ARCHIVE_COLUMNS), (row) => {
      const t = tally(String(row.channel))
      t.source++
      const reason = exclusionReason(row as {channel: string}, closing)
      if (reason) {
        t.excluded++
        t.excluded_reasons[reason] = (t.excluded_reasons[reason] ?? 0) + 1
        return
      }
      const {record, redacted} = toArchiveRecord(row, includeConfidential)
      if (redacted) t.redacted++
      t.exported++
      rows++
      out.write(formatRecord(record, format))
    })
    out.flush()
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
  renameSync(tmp, path)
  const channels = [...tallies.values()].sort((a, b) => (a.channel < b.channel ? -1 : a.channel > b.channel ? 1 : 0))
  return {period, rows, bytes: out.bytes, sha256: out.hash.digest('hex'), channels}
}

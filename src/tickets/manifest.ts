import {fsyncSync, openSync, closeSync, renameSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {toolVersion} from '../util/paths'
import {ARCHIVE_COLUMNS, ArchiveFormat} from './record'
import {ChannelTally} from './month-file'
import {SourceCount, StoreSignature} from './read'
import {DoneMonth} from './runs'

export const MANIFEST = 'manifest.json'
export const SUMS = 'SHA256SUMS'

export interface ManifestFile {
  path: string
  period: string
  rows: number
  bytes: number
  sha256: string
}

export interface ManifestMonth {
  period: string
  channels: ChannelTally[]
}

export interface ArchiveManifest {
  kind: 'prime-migrate ticket archive'
  manifest_version: 1
  tool: {name: 'prime-migrate'; version: string}
  generated_at: string
  format: ArchiveFormat
  include_confidential: boolean
  header_row: boolean
  order: string[]
  columns: string[]
  store_signature: StoreSignature
  files: ManifestFile[]
  months: ManifestMonth[]
  totals: {files: number; rows: number; bytes: number; source: number; exported: number; excluded: number; redacted: number}
}

function sortedReasons(reasons: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(reasons).sort(([a], [b]) => (a < b ? -1 : 1)))
}

/**
 * The manifest of a finished export. Source counts come from the store, exported and excluded from the
 * files as written; everything but generated_at is a function of the store, so equal stores give equal manifests.
 */
export function buildManifest(opts: {
  format: ArchiveFormat
  includeConfidential: boolean
  signature: StoreSignature
  generatedAt: string
  months: DoneMonth[]
  source: SourceCount[]
}): ArchiveManifest {
  const files: ManifestFile[] = opts.months.map((m) => ({path: m.file, period: m.period, rows: m.rows, bytes: m.bytes, sha256: m.sha256}))
  const byPeriod = new Map(opts.months.map((m) => [m.period, m]))
  const months: ManifestMonth[] = []
  for (const s of opts.source) {
    let month = months.at(-1)
    if (!month || month.period !== s.period) months.push((month = {period: s.period, channels: []}))
    const t = byPeriod.get(s.period)?.channels.find((c) => c.channel === s.channel)
    month.channels.push({
      channel: s.channel,
      source: s.rows,
      exported: t?.exported ?? 0,
      excluded: t?.excluded ?? 0,
      excluded_reasons: sortedReasons(t?.excluded_reasons ?? {}),
      redacted: t?.redacted ?? 0,
    })
  }
  const all = months.flatMap((m) => m.channels)
  const sum = (f: (c: ChannelTally) => number) => all.reduce((a, c) => a + f(c), 0)
  return {
    kind: 'prime-migrate ticket archive',
    manifest_version: 1,
    tool: {name: 'prime-migrate', version: toolVersion()},
    generated_at: opts.generatedAt,
    format: opts.format,
    include_confidential: opts.includeConfidential,
    header_row: opts.format === 'csv',
    order: ['period', 'created_at', 'ticket_id'],
    columns: [...ARCHIVE_COLUMNS],
    store_signature: opts.signature,
    files,
    months,
    totals: {
      files: files.length,
      rows: files.reduce((a, f) => a + f.rows, 0),
      bytes: files.reduce((a, f) => a + f.bytes, 0),
      source: sum((c) => c.source),
      exported: sum((c) => c.exported),
      excluded: sum((c) => c.excluded),
      redacted: sum((c) => c.redacted),
    },
  }
}

/** Channels (per month) whose source count is not exported + excluded: an empty list when the manifest balances. */
export function unbalanced(manifest: Pick<ArchiveManifest, 'months'>): string[] {
  return manifest.months.flatMap((m) =>
    m.channels
      .filter((c) => c.source !== c.exported + c.excluded)
      .map((c) => `${m.period} ${c.channel}: source ${c.source} ≠ exported ${c.exported} + excluded ${c.excluded}`),
  )
}

/** `sha256sum -c` input for the data files; the manifest is not listed, its generated_at differs per run. */
export function sumsText(files: ManifestFile[]): string {
  return files.map((f) => `${f.sha256}  ${f.path}\n`).join('')
}

export function parseSums(text: string): Map<string, string> {
  const out = new Map<string, string>()
  for (const line of text.split('\n')) {
    const m = /^([0-9a-f]{64}) [ *](.+)$/.exec(line)
    if (m) out.set(m[2], m[1])
  }
  return out
}

/** Write a small file whole or not at all: a temp file, synced, then renamed over the old one. */
export function writeAtomic(path: string, text: string): void {
  const tmp = `${path}.tmp`
  writeFileSync(tmp, text)
  const fd = openSync(tmp, 'r+')
  try {
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
  renameSync(tmp, path)
}

export function writeManifestAndSums(outDir: string, manifest: ArchiveManifest): void {
  writeAtomic(join(outDir, SUMS), sumsText(manifest.files))
  writeAtomic(join(outDir, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`)
}

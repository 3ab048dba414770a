import {execFileSync} from 'node:child_process'
import {appendFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {parse} from 'csv-parse/sync'
import {verifyAudit} from '../../src/audit/verify'
import {stepHandler} from '../../src/plan/registry'
import {Store} from '../../src/store/store'
import {exportArchive, ExportOptions} from '../../src/tickets/export'
import {REDACTED_BODY} from '../../src/tickets/record'
import {isArchiveVerified} from '../../src/tickets/verified'
import {verifyArchive} from '../../src/tickets/verify'
import {createTestDb, withDbs} from '../helpers/dbs'
import {seedTickets, TRICKY} from './seed'

const redacted: ExportOptions['includeConfidential'] = false

function readJsonl(path: string): any[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l))
}

/** Every data file's exact bytes (base64: jest compares strings far faster than Buffers). */
function dataFiles(out: string): Record<string, string> {
  const files: Record<string, string> = {SHA256SUMS: readFileSync(join(out, 'SHA256SUMS'), 'base64')}
  for (const f of readdirSync(join(out, 'tickets'))) files[f] = readFileSync(join(out, 'tickets', f), 'base64')
  return files
}

withDbs('ticket archive export', (db) => {
  let store: Store
  beforeEach(async () => {
    store = await db().open('archivist', 'prime-migrate tickets export')
  })
  afterEach(async () => {
    await store.close()
  })

  it('writes one file per month and a manifest that balances against the store per month and channel', async () => {
    await seedTickets(store.knex, 700)
    await store.knex('tickets').insert({...(await store.knex('tickets').first()), ticket_id: 'FAX-1', channel: 'fax'})
    const out = join(db().dir, 'arsip')
    const r = await exportArchive(store, {out, format: 'jsonl', includeConfidential: redacted, force: false})
    expect(readdirSync(join(out, 'tickets')).sort()).toEqual([
      '2023-01.jsonl',
      '2023-02.jsonl',
      '2023-03.jsonl',
      '2023-04.jsonl',
      '2023-05.jsonl',
      '2023-06.jsonl',
    ])
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'))
    const counts: any[] = await store.knex('tickets').select('period', 'channel').count({n: '*'}).groupBy('period', 'channel')
    expect(counts.length).toBe(31)
    for (const c of counts) {
      const m = manifest.months.find((x: any) => x.period === c.period).channels.find((x: any) => x.channel === c.channel)
      expect(m.source).toBe(Number(c.n))
      expect(m.source).toBe(m.exported + m.excluded)
    }
    const fax = manifest.months.flatMap((m: any) => m.channels).find((c: any) => c.channel === 'fax')
    expect(fax).toMatchObject({source: 1, exported: 0, excluded: 1, excluded_reasons: {unknown_channel: 1}})
    expect(manifest.totals).toMatchObject({files: 6, rows: 700, source: 701, exported: 700, excluded: 1, redacted: 100})
    expect(r.totals.rows).toBe(700)
    for (const f of manifest.files) expect(readJsonl(join(out, f.path))).toHaveLength(f.rows)
    expect(manifest).toMatchObject({tool: {name: 'prime-migrate'}, format: 'jsonl', order: ['period', 'created_at', 'ticket_id']})
    const rows = readJsonl(join(out, 'tickets/2023-01.jsonl'))
    const keys = rows.map((x) => `${x.created_at} ${x.ticket_id}`)
    expect(keys).toEqual([...keys].sort())
    // The real sha256sum, as an auditor would run it.
    const check = execFileSync('sha256sum', ['-c', 'SHA256SUMS'], {cwd: out, encoding: 'utf8'})
    expect(check.trim().split('\n')).toHaveLength(6)
    expect(check).not.toMatch(/FAILED/)
  })

  it('is deterministic: two exports of the same store are byte-identical, the manifest differs only in generated_at', async () => {
    await seedTickets(store.knex, 300)
    const a = join(db().dir, 'a')
    const b = join(db().dir, 'b')
    await exportArchive(store, {out: a, format: 'jsonl', includeConfidential: redacted, force: false})
    process.env.PRIME_MIGRATE_NOW = '2031-01-01T00:00:00Z'
    try {
      await exportArchive(store, {out: b, format: 'jsonl', includeConfidential: redacted, force: false})
    } finally {
      delete process.env.PRIME_MIGRATE_NOW
    }
    expect(dataFiles(b)).toEqual(dataFiles(a))
    const ma = JSON.parse(readFileSync(join(a, 'manifest.json'), 'utf8'))
    const mb = JSON.parse(readFileSync(join(b, 'manifest.json'), 'utf8'))
    expect(mb.generated_at).toBe('2031-01-01T00:00:00.000Z')
    expect({...mb, generated_at: ''}).toEqual({...ma, generated_at: ''})
    // Exporting again into the same folder is the same export: allowed, and the files stay the same.
    const again = await exportArchive(store, {out: a, format: 'jsonl', includeConfidential: redacted, force: false})
    expect(again.months_kept).toHaveLength(6)
    expect(dataFiles(a)).toEqual(dataFiles(b))
  })

  it('redacts confidential complaints unless their inclusion was confirmed, and audits the inclusion', async () => {
    await seedTickets(store.knex, 70)
    const plain = join(db().dir, 'plain')
    const full = join(db().dir, 'full')
    await exportArchive(store, {out: plain, format: 'jsonl', includeConfidential: redacted, force: false})
    await exportArchive(store, {out: full, format: 'jsonl', includeConfidential: {confirmedBy: '--yes'}, force: false})
    const read = (out: string) => readdirSync(join(out, 'tickets')).flatMap((f) => readJsonl(join(out, 'tickets', f)))
    const secret = read(plain).filter((t) => t.confidential)
    expect(secret).toHaveLength(10)
    for (const t of secret)
      expect(t).toMatchObject({requester_name: null, requester_email: null, requester_phone: null, body: REDACTED_BODY})
    expect(
      read(plain)
        .filter((t) => !t.confidential)
        .every((t) => t.requester_name && t.body !== REDACTED_BODY),
    ).toBe(true)
    const whole = read(full).filter((t) => t.confidential)
    expect(whole.every((t) => t.requester_name && t.body !== REDACTED_BODY)).toBe(true)
    const audit = await store.knex('audit_log').where({action: 'tickets.confidential_included'})
    expect(audit).toHaveLength(1)
    expect(JSON.parse(audit[0].details)).toMatchObject({confirmed_by: '--yes', out_dir: full})
    expect(JSON.parse(readFileSync(join(plain, 'manifest.json'), 'utf8')).totals.redacted).toBe(10)
    expect(JSON.parse(readFileSync(join(full, 'manifest.json'), 'utf8')).totals.redacted).toBe(0)
  })

  it('neutralises formula-like csv cells and keeps JSONL verbatim', async () => {
    await seedTickets(store.knex, 120)
    const csv = join(db().dir, 'csv')
    const jsonl = join(db().dir, 'jsonl')
    await exportArchive(store, {out: csv, format: 'csv', includeConfidential: redacted, force: false})
    await exportArchive(store, {out: jsonl, format: 'jsonl', includeConfidential: redacted, force: false})
    const csvRows = readdirSync(join(csv, 'tickets')).flatMap((f) => parse(readFileSync(join(csv, 'tickets', f)), {columns: true}) as any[])
    const jsonRows = readdirSync(join(jsonl, 'tickets')).flatMap((f) => readJsonl(join(jsonl, 'tickets', f)))
    expect(csvRows).toHaveLength(120)
    const bodies = new Set(csvRows.map((r) => r.body))
    for (const t of TRICKY.filter((x) => /^[=+\-@\t]/.test(x))) {
      if (!jsonRows.some((r) => r.body === t)) continue
      expect(bodies).toContain(`'${t}`)
      expect(bodies).not.toContain(t)
    }
    expect(jsonRows.map((r) => r.body)).toEqual(expect.arrayContaining(['=HYPERLINK("http://x","klik")', 'koma, "kutip"\nbaris baru']))
    expect(bodies).toContain('koma, "kutip"\nbaris baru')
    expect(csvRows.filter((r) => r.requester_phone.startsWith('+'))).toHaveLength(0)
    expect(csvRows.some((r) => r.requester_phone === "'+628123456789")).toBe(true)
    expect(execFileSync('sha256sum', ['-c', 'SHA256SUMS'], {cwd: csv, encoding: 'utf8'})).not.toMatch(/FAILED/)
    await expect(verifyArchive(store, csv)).resolves.toMatchObject({ok: true, rows: 120})
  })

  it('verifies against the store, marks the archive verified, and notices a tampered file or a changed store', async () => {
    await seedTickets(store.knex, 200)
    const out = join(db().dir, 'arsip')
    await exportArchive(store, {out, format: 'jsonl', includeConfidential: redacted, force: false})
    expect(await isArchiveVerified(store.knex)).toBe(false)
    await expect(verifyArchive(store, out)).resolves.toMatchObject({ok: true, files: 6, rows: 200, problems: []})
    expect(await isArchiveVerified(store.knex)).toBe(true)
    expect((await verifyAudit(store.knex)).ok).toBe(true)

    // A new ticket in the store: the archive no longer describes it.
    await seedTickets(store.knex, 1, {from: 5000})
    expect(await isArchiveVerified(store.knex)).toBe(false)
    const stale = await verifyArchive(store, out).catch((e) => e)
    expect(stale.exit).toBe(4)
    expect(stale.message).toMatch(/store menyimpan \d+ tiket, sumber di manifest/)
    await store.knex('tickets').where({ticket_id: 'T00005000'}).delete()

    appendFileSync(join(out, 'tickets/2023-02.jsonl'), '{"ticket_id":"X","channel":"email"}\n')
    const tampered = await verifyArchive(store, out).catch((e) => e)
    expect(tampered.exit).toBe(4)
    expect(tampered.message).toMatch(/tickets\/2023-02.jsonl: sha256 \S+, manifest mencatat/)
    expect(tampered.message).toMatch(/2023-02 email: berkas berisi \d+ baris, manifest mencatat diekspor/)
    expect(await store.knex('audit_log').where({action: 'tickets.verify_failed'})).toHaveLength(2)

    const empty = join(db().dir, 'kosong')
    mkdirSync(empty)
    // A folder with no archive is bad usage (exit 2) saying where the archive is, not a failed verification.
    const missing = await verifyArchive(store, empty).catch((e) => e)
    expect(missing.exit).toBe(2)
    expect(missing.message).toMatch(/kosong bukan arsip tiket/)
    expect(missing.fix).toContain(`prime-migrate tickets verify ${out}`)
    expect(await store.knex('audit_log').where({action: 'tickets.verify_failed'})).toHaveLength(2)
    // The folder an export wrote to, its manifest gone: that is a broken archive (exit 4).
    rmSync(join(out, 'manifest.json'))
    const gone = await verifyArchive(store, out).catch((e) => e)
    expect(gone.exit).toBe(4)
    expect(gone.message).toMatch(/manifest.json tidak ada/)
  })

  it('refuses a folder holding another export unless --force, and resumes its own', async () => {
    await seedTickets(store.knex, 50)
    const out = join(db().dir, 'arsip')
    mkdirSync(out)
    writeFileSync(join(out, 'catatan.txt'), 'bukan arsip')
    const refused = await exportArchive(store, {out, format: 'jsonl', includeConfidential: redacted, force: false}).catch((e) => e)
    expect(refused.exit).toBe(2)
    expect(refused.fix).toMatch(/--force/)
    expect(refused.message).toMatch(/is not empty: it holds files this store did not export/)
    await exportArchive(store, {out, format: 'jsonl', includeConfidential: redacted, force: true})
    // The same export again is fine; a csv one over it is another export.
    await exportArchive(store, {out, format: 'jsonl', includeConfidential: redacted, force: false})
    const other = await exportArchive(store, {out, format: 'csv', includeConfidential: redacted, force: false}).catch((e) => e)
    expect(other.exit).toBe(2)
    expect(other.message).toMatch(/holds export #\d+ \(jsonl, complete, made from 50 tickets\)/)
    await exportArchive(store, {out, format: 'csv', includeConfidential: redacted, force: true})
    expect(readdirSync(join(out, 'tickets')).every((f) => f.endsWith('.csv'))).toBe(true)
    await expect(verifyArchive(store, out)).resolves.toMatchObject({ok: true})
    // The replaced jsonl files were recorded as artifacts; their records went with them.
    expect((await verifyAudit(store.knex)).problems).toEqual([])
  })

  it("runs as the plan's tickets stage: export to <out>/archive, then verify", async () => {
    await seedTickets(store.knex, 40)
    const ctx = {store, outDir: join(db().dir, 'migration-out'), yes: false, progress: () => {}}
    const note = await stepHandler('tickets.export')!.run!(ctx)
    expect(note).toMatch(/40 tiket diekspor/)
    expect(readdirSync(join(ctx.outDir, 'archive'))).toEqual(expect.arrayContaining(['manifest.json', 'SHA256SUMS', 'tickets']))
    expect(await isArchiveVerified(store.knex)).toBe(false)
    await stepHandler('tickets.verify')!.run!(ctx)
    expect(await isArchiveVerified(store.knex)).toBe(true)
    const kinds = (await store.knex('artifacts').select('kind')).map((a: any) => a.kind)
    expect(kinds.filter((k: string) => k === 'tickets.archive')).toHaveLength(6)
    expect(kinds).toEqual(expect.arrayContaining(['tickets.archive_manifest', 'tickets.archive_sums']))
  })
})

describe('ticket archive across dialects', () => {
  it('gives the same bytes from SQLite and from MariaDB holding the same tickets', async () => {
    const dbs = [await createTestDb('sqlite'), await createTestDb('mysql')]
    try {
      const archives = []
      for (const db of dbs) {
        const store = await db.open()
        try {
          await seedTickets(store.knex, 150)
          const out = join(db.dir, 'arsip')
          await exportArchive(store, {out, format: 'csv', includeConfidential: redacted, force: false})
          archives.push({
            files: dataFiles(out),
            manifest: {...JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')), generated_at: null},
          })
        } finally {
          await store.close()
        }
      }
      expect(archives[1]).toEqual(archives[0])
    } finally {
      for (const db of dbs) await db.drop()
    }
  })
})

import {readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {overLongFields} from '../../src/sources/row-limits'
import {json, runCli} from '../helpers/cli'
import {withDbs} from '../helpers/dbs'

/** Past MySQL's TEXT (64 KB), which registers' free text used to be on MariaDB. */
const LONG = 'Dasar hukum panjang. '.repeat(5_000)

function csv(header: string[], rows: string[][]): string {
  const cell = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)
  return [header, ...rows].map((r) => r.map(cell).join(',')).join('\n') + '\n'
}

withDbs('values at and over their columns’ limits', (db) => {
  it('tickets: a subject past 64 KB loads; an over-long name is that row’s reject naming file, row, field and fix; counts balance', async () => {
    expect((await runCli(['init', '--db', db().url], {cwd: db().dir})).code).toBe(0)
    const file = join(db().dir, 'tickets.csv')
    const base = ['email', '2025-02-03T08:00:00', 'pemda', 'DAU']
    writeFileSync(
      file,
      csv(
        ['ticket_id', 'channel', 'created_at', 'requester_type', 'topic', 'subject', 'requester_name', 'agent', 'body'],
        [
          ['T1', ...base, 'pendek', 'Siti', 'L1-01', 'halo'],
          ['T2', ...base, LONG, 'Budi', 'L1-01', LONG],
          ['T3', ...base, 'nama panjang', 'N'.repeat(300), 'L1-01', 'x'],
          ['T4', ...base, 'agen panjang', 'Ani', 'A'.repeat(200), 'x'],
          ['T5', ...base, 'pendek', 'Rina', 'L1-02', 'x'],
        ],
      ),
    )
    const r = await runCli(['import', 'tickets', file, '--db', db().url, '--json', '--lang', 'en'], {cwd: db().dir})
    expect({code: r.code, stderr: r.stderr}).toMatchObject({code: 0})
    const summary = json(r)
    expect(summary).toMatchObject({read: 5, loaded: 3, rejected: 2})
    expect(summary.read).toBe(summary.loaded + summary.updated + summary.unchanged + summary.rejected)
    expect(r.stdout + r.stderr).not.toMatch(/INSERT|closed state/)
    const rejects = readFileSync(summary.rejects_file, 'utf8')
    expect(rejects).toMatch(/^4,requester_name,.*255/m)
    expect(rejects).toMatch(/^5,agent,.*191/m)
    await db().use(async (store) => {
      const t2 = await store.knex('tickets').where({ticket_id: 'T2'}).first()
      expect(t2.subject).toBe(LONG.trim())
      expect(t2.body).toBe(LONG.trim())
      const stored = await store.knex('rejects').where({import_id: summary.import_id}).orderBy('row_no')
      expect(stored.map((s: any) => [s.file, s.row_no, s.field])).toEqual([
        [file, 4, 'requester_name'],
        [file, 5, 'agent'],
      ])
    })
  })

  it('faq: a legal basis past 64 KB loads, an over-long contributor is rejected; the other rows load', async () => {
    expect((await runCli(['init', '--db', db().url], {cwd: db().dir})).code).toBe(0)
    const file = join(db().dir, 'faq.csv')
    writeFileSync(
      file,
      csv(
        ['No', 'Topik', 'Pertanyaan', 'Jawaban', 'Dasar Hukum', 'Kontributor', 'Status'],
        [
          ['1', 'DAU', 'Kapan?', 'Setiap bulan.', LONG, 'Siti', '0'],
          ['2', 'DAU', 'Berapa?', 'Sesuai PMK.', 'PMK 1', 'K'.repeat(400), '0'],
          ['3', 'DBH', 'Apa?', 'Dana bagi hasil.', 'UU 1', 'Budi', '0'],
        ],
      ),
    )
    const r = await runCli(['import', 'faq', file, '--db', db().url, '--json', '--lang', 'en'], {cwd: db().dir})
    expect({code: r.code, stderr: r.stderr}).toMatchObject({code: 0})
    expect(json(r)).toMatchObject({read: 3, loaded: 2, rejected: 1})
    await db().use(async (store) => {
      expect((await store.knex('faq_articles').where({no: '1'}).first()).legal_basis).toBe(LONG.trim())
    })
  })

  it('both stores report the same varchar widths, and a value over one is a reject naming the field, its length and its limit', async () => {
    await db().use(async (store) => {
      const {chars} = await store.dialect.rowLimits(store.knex, 'tickets')
      expect(chars).toMatchObject({ticket_id: 191, agent: 191, requester_name: 255, requester_phone: 64, channel: 16})
      expect(chars.subject).toBeUndefined()
      expect(chars.body).toBeUndefined()
      const errors = overLongFields(['ticket_id', 'region', 'subject'], ['T1', '😀'.repeat(255), 'x'.repeat(1e5)], {chars})
      expect(errors).toEqual([])
      const over = overLongFields(['ticket_id', 'region'], ['T1', '😀'.repeat(256)], {chars})
      expect(over).toEqual([{field: 'region', reason: expect.stringMatching(/region.*256.*255/)}])
    })
  })

  it('a row over the server’s max_allowed_packet is rejected with that reason on MariaDB (SQLite has no such limit); the others load', async () => {
    expect((await runCli(['init', '--db', db().url], {cwd: db().dir})).code).toBe(0)
    const store = await db().open()
    const limits = await store.dialect.rowLimits(store.knex, 'tickets')
    await store.close()
    const huge = 'isi '.repeat(Math.ceil(((limits.statementBytes ?? 16 << 20) + (1 << 20)) / 4))
    const file = join(db().dir, 'tickets.csv')
    const base = ['email', '2025-02-03T08:00:00', 'pemda', 'DAU']
    writeFileSync(
      file,
      csv(
        ['ticket_id', 'channel', 'created_at', 'requester_type', 'topic', 'body'],
        [
          ['T1', ...base, 'halo'],
          ['T2', ...base, huge],
          ['T3', ...base, 'halo'],
        ],
      ),
    )
    // The row is past max_allowed_packet (16 MB by default), and so past the readers' default line limit: raise that one.
    const r = await runCli(['import', 'tickets', file, '--db', db().url, '--json', '--lang', 'en'], {
      cwd: db().dir,
      env: {PRIME_MIGRATE_MAX_LINE_MB: '64'},
    })
    expect({code: r.code, stderr: r.stderr}).toMatchObject({code: 0})
    const summary = json(r)
    if (db().dialect === 'mysql') {
      expect(summary).toMatchObject({read: 3, loaded: 2, rejected: 1})
      expect(readFileSync(summary.rejects_file, 'utf8')).toMatch(/^3,body,.*max_allowed_packet/m)
    } else expect(summary).toMatchObject({read: 3, loaded: 3, rejected: 0})
  }, 120_000)
})

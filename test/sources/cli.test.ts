import {existsSync} from 'node:fs'
import {join} from 'node:path'
import ExcelJS from 'exceljs'
import {json, runCli} from '../helpers/cli'
import {withDbs} from '../helpers/dbs'
import {csv, write} from './helpers'

const HEADER = ['ticket_id', 'channel', 'created_at', 'requester_type', 'topic', 'escalated_unit']
const ROWS = [
  ['T1', 'WhatsApp', '2025-02-03T08:00:00', 'pemda', 'DAU', ''],
  ['T2', 'Telepon', '2025-02-03T09:00:00', 'kl', 'DBH', ''],
  ['T3', 'fax', '2025-02-03T09:00:00', 'kl', 'DBH', ''],
]

withDbs('import commands', (db) => {
  const run = (args: string[]) => runCli([...args, '--db', db().url], {cwd: db().dir})
  // Only init creates a store.
  beforeEach(async () => {
    expect((await run(['init'])).code).toBe(0)
  })

  it('import tickets --json prints exactly the counts and the rejects file, exit 0 with rejected rows', async () => {
    const file = write(db().dir, 'tickets.csv', csv([HEADER, ...ROWS]))
    const r = await run(['import', 'tickets', file, '--json'])
    expect(r.code).toBe(0)
    const out = json(r)
    expect(Object.keys(out).sort()).toEqual([
      'empty_regions',
      'import_id',
      'loaded',
      'read',
      'rejected',
      'rejects_file',
      'unchanged',
      'unresolved_regions',
      'updated',
    ])
    expect(out).toMatchObject({read: 3, loaded: 2, updated: 0, unchanged: 0, rejected: 1, unresolved_regions: 0, empty_regions: 2})
    expect(out.rejects_file).toMatch(/migration-out\/rejects\/tickets-import-\d+\.csv$/)
    expect(existsSync(out.rejects_file)).toBe(true)
    const again = await run(['import', 'tickets', file])
    expect(again.code).toBe(0)
    expect(again.stdout).toMatch(/3 baris dibaca: 0 dimuat, 0 diperbarui, 2 tidak berubah, 1 ditolak/)
    expect(again.stdout).toMatch(/Baris yang ditolak/)
    expect(again.stdout).toMatch(/wilayah belum terselesaikan: 0 baris; wilayah kosong: 2 baris/)
  })

  it('a structural problem exits 2 naming the file and the fix, never a stack trace', async () => {
    const semi = write(db().dir, 'semi.csv', 'ticket_id;channel\nA;email\n')
    const r = await run(['import', 'tickets', semi])
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('semi.csv memisahkan kolom dengan ";", bukan ","')
    expect(r.stderr).toMatch(/Perbaikan: ekspor sebagai CSV berpemisah koma/)
    expect(r.stderr + r.stdout).not.toMatch(/\n\s+at /)
    const missing = await run(['import', 'roster', join(db().dir, 'roster.csv'), '--json'])
    expect(missing.code).toBe(2)
    expect(json(missing).error.message).toMatch(/roster\.csv tidak ada/)
    expect(missing.stderr).toBe('')
  })

  it('takes either FILE or --deskpro, and --since only with --deskpro', async () => {
    const file = write(db().dir, 'tickets.csv', csv([HEADER, ...ROWS]))
    const both = await run(['import', 'tickets', file, '--deskpro', 'mysql://u:secret@127.0.0.1:1/x'])
    expect(both.code).toBe(2)
    expect(both.stderr).toMatch(/berikan berkas atau --deskpro, jangan keduanya/)
    expect(both.stderr).not.toContain('secret')
    const neither = await run(['import', 'tickets'])
    expect(neither.code).toBe(2)
    expect(neither.stderr).toMatch(/tidak ada yang diimpor/)
    const since = await run(['import', 'tickets', file, '--since', '2025-02-01'])
    expect(since.code).toBe(2)
  })

  it('import faq reads the workbook sheet named by --sheet', async () => {
    const wb = new ExcelJS.Workbook()
    wb.addWorksheet('Sampul').addRow(['FAQ DJPK'])
    const ws = wb.addWorksheet('FAQ DJPK')
    ws.addRow(['No', 'Topik', 'Pertanyaan', 'Jawaban', 'Dasar Hukum'])
    ws.addRow([1, 'DAU', 'Kapan DAU disalurkan?', 'Setiap bulan.', 'PMK Nomor 108 Tahun 2024'])
    const file = join(db().dir, 'faq.xlsx')
    await wb.xlsx.writeFile(file)
    const wrong = await run(['import', 'faq', file])
    expect(wrong.code).toBe(2)
    expect(wrong.stderr).toMatch(/lembar "Sampul".*tidak memiliki kolom wajib/)
    const r = await run(['import', 'faq', file, '--sheet', 'FAQ DJPK', '--json'])
    expect(r.code).toBe(0)
    expect(json(r)).toEqual({import_id: 1, read: 1, loaded: 1, updated: 0, unchanged: 0, rejected: 0, rejects_file: null})
  })
})

import {createHash} from 'node:crypto'
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import ExcelJS from 'exceljs'
import {openStore} from '../../src/store/store'
import {json, ROOT, runCli} from '../helpers/cli'

/** The demo is the whole migration on the fixtures: the auditor's questions must be answerable from its outputs. */
describe('demo, end to end', () => {
  const out = join(mkdtempSync(join(tmpdir(), 'pm-demo-')), 'demo-out')
  const db = `sqlite:${join(out, 'state.db')}`
  let wb: ExcelJS.Workbook

  beforeAll(async () => {
    const r = await runCli(['demo', '--out', out, '--json'])
    expect(r.code).toBe(0)
    const result = json(r)
    expect(result.outputs.every((o: any) => o.exists)).toBe(true)
    expect(result.stopped).toBeUndefined()
    wb = new ExcelJS.Workbook()
    await wb.xlsx.readFile(join(out, 'handover.xlsx'))
  }, 180_000)

  const column = (sheet: string, n: number) => wb.getWorksheet(sheet)!.getColumn(n).values.slice(2)

  it('leaves a store whose audit chain and artifacts verify', async () => {
    const r = await runCli(['audit', 'verify', '--db', db, '--json'])
    expect(r.code).toBe(0)
    expect(json(r).artifacts).toBeGreaterThan(10)
    const status = json(await runCli(['status', '--db', db, '--json']))
    expect(status.progress.done).toBe(status.progress.total)
  })

  it('lists in the handover workbook every checksum of the SHA256SUMS files', () => {
    const listed = new Set(column('Artefak', 3))
    for (const sums of ['kms/SHA256SUMS', 'archive/SHA256SUMS']) {
      const lines = readFileSync(join(out, sums), 'utf8').trim().split('\n')
      expect(lines.length).toBeGreaterThan(0)
      for (const line of lines) expect(listed).toContain(line.split(/\s+/)[0])
    }
  })

  it('answers what was closed, by whom, what moved, and whether anything was lost', () => {
    const states = column('Kanal', 4)
    expect(states.filter((s) => s === 'tertutup').length).toBeGreaterThan(0)
    expect(states).not.toContain('belum mulai')
    expect(column('Kanal', 3)).toContain('dipertahankan')
    expect(column('Rekonsiliasi Tiket', 7).every((b) => b === 'ya')).toBe(true)
    const signed = column('Pengesahan', 2)
    expect(signed).not.toContain('BELUM DISAHKAN')
    expect(signed).toHaveLength(3)
    expect(column('Peran', 5)).toEqual(expect.arrayContaining(['L1', 'L2', 'L3']))
    expect(column('KMS', 5)).toEqual(expect.arrayContaining(['disetujui', 'dikecualikan']))
    expect(wb.getWorksheet('Ringkasan')!.getColumn(2).values).toContain('selesai (penyusunan buku kerja ini adalah langkah terakhir)')
  })

  it('leaves handover-draft.xlsx beside handover.xlsx, which shows the SHA-256 of that draft for each sign-off', () => {
    const draft = join(out, 'handover-draft.xlsx')
    const sha = createHash('sha256').update(readFileSync(draft)).digest('hex')
    expect(column('Pengesahan', 7)).toEqual([sha, sha, sha])
    expect(column('Ringkasan', 2)).toEqual(expect.arrayContaining([draft, sha]))
  })

  it('records the published-figures setting once, with one audit entry', async () => {
    const store = await openStore({db, actor: 'tester', command: 'test'})
    try {
      const entries = await store.knex('audit_log').where('action', 'like', 'metrics.published%').select('action', 'details')
      expect(entries.map((e: any) => [e.action, JSON.parse(e.details).file])).toEqual([
        ['metrics.published_figures', join(ROOT, 'fixtures', 'published', 'figures.csv')],
      ])
    } finally {
      await store.close()
    }
  })

  it('refuses to replace its folder without --force', async () => {
    const again = await runCli(['demo', '--out', out])
    expect(again.code).toBe(2)
    expect(again.stderr).toMatch(/--force/)
  })

  it('fails verification (exit 4) after one byte of an archived file changes', async () => {
    const file = join(out, 'archive', 'tickets', '2025-02.jsonl')
    const bytes = readFileSync(file)
    bytes[10] = bytes[10] === 0x41 ? 0x42 : 0x41
    writeFileSync(file, bytes)
    const r = await runCli(['audit', 'verify', '--db', db, '--json'])
    expect(r.code).toBe(4)
    expect(json(r).error.message).toContain('2025-02.jsonl')
  })
})

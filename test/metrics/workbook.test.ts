import {writeFileSync} from 'node:fs'
import {join} from 'node:path'
import ExcelJS from 'exceljs'
import {computeMetrics} from '../../src/metrics/compute'
import {stepHandler} from '../../src/plan/registry'
import {importRegisterFile} from '../../src/sources/import-file'
import {setMeta} from '../../src/store/meta'
import {json, runCli} from '../helpers/cli'
import {withDbs} from '../helpers/dbs'
import {EXPECTED, loadOddRegisters} from './odd-register'

async function readBack(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.readFile(file)
  return wb
}

/** A sheet's rows below its header row, as plain values. */
function body(ws: ExcelJS.Worksheet, headerRow: number): unknown[][] {
  const out: unknown[][] = []
  ws.eachRow((row, n) => {
    if (n > headerRow) out.push((row.values as unknown[]).slice(1))
  })
  return out
}

const PUBLISHED = `period,metric,dimension,value
2025-02,tickets.total,,8
2025-02,tickets.channel,helpdesk,2
2024-12,escalations.score_avg,DTU,110.0
2025-02,satisfaction.avg,Hanna,4.9
2025-02,vicon.total,,1
2023-01,vicon.total,,4
`

withDbs('report metrics workbook', (db) => {
  it('writes the sheets, a Data sheet equal to --json, and flags every published figure that differs', async () => {
    const store = await db().open()
    await loadOddRegisters(store, db().dir)
    await store.close()
    const published = join(db().dir, 'published.csv')
    writeFileSync(published, PUBLISHED)
    const file = join(db().dir, 'metrics.xlsx')
    const written = await runCli(['report', 'metrics', '--db', db().url, '--out', file, '--published', published, '--json'])
    expect(written.code).toBe(0)
    const rows = json(await runCli(['report', 'metrics', '--db', db().url, '--json']))
    expect(Object.keys(rows)).toEqual(['rows'])
    expect(rows.rows).toHaveLength(EXPECTED.length)
    expect(json(written).rows).toEqual(rows.rows)

    const wb = await readBack(file)
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Sampul',
      'Ringkasan',
      'Kanal',
      'Topik',
      'Pengguna',
      'Zona & Jam Layanan',
      'Eskalasi L2',
      'Kepuasan',
      'Chatbot',
      'Tatap Muka & Vicon',
      'Data',
      'Rekonsiliasi',
    ])
    const data = body(wb.getWorksheet('Data')!, 1)
    expect(data).toEqual(rows.rows.map((r: any) => [r.period, r.metric, r.dimension, r.value]))
    // Every area sheet with a trend carries its chart image.
    const images = wb.worksheets.filter((w) => w.getImages().length > 0).map((w) => w.name)
    expect(images).toEqual(['Kanal', 'Zona & Jam Layanan', 'Eskalasi L2', 'Chatbot', 'Tatap Muka & Vicon'])
    expect(wb.getWorksheet('Kanal')!.views[0]).toMatchObject({state: 'frozen', ySplit: 3})

    const recon = body(wb.getWorksheet('Rekonsiliasi')!, 3)
    expect(recon).toEqual(
      [
        ['2025-02', 'tickets.total', '', 8, 8, 0, 'Sesuai'],
        ['2025-02', 'tickets.channel', 'helpdesk', 2, 1, -1, 'Berbeda'],
        ['2024-12', 'escalations.score_avg', 'DTU', 110, 110, 0, 'Sesuai'],
        ['2025-02', 'satisfaction.avg', 'Hanna', 4.9, 59 / 12, 0, 'Sesuai'], // compared at the 1 decimal it was published with
        ['2025-02', 'vicon.total', '', 1, 1, 0, 'Sesuai'],
        ['2023-01', 'vicon.total', '', 4, null, null, 'Tidak ada dalam data'],
      ].map((r) => r.map((v) => (v === null ? undefined : v))),
    )
    const flagged = json(written).workbook.reconciliation
    expect(flagged).toMatchObject({compared: 6, differences: 1, missing: 1})

    // Overview: the seed's change, (current − previous) / previous, blank without a previous month.
    const overview = body(wb.getWorksheet('Ringkasan')!, 3)
    expect(overview.find((r) => r[0] === '2025-02' && r[1] === 'Tiket konsultasi')).toEqual(['2025-02', 'Tiket konsultasi', 8, 4, 1])
    expect(overview.find((r) => r[0] === '2024-12' && r[1] === 'Tiket konsultasi')).toEqual(['2024-12', 'Tiket konsultasi', 4])
    // Agents below the minimum are flagged.
    const sat = body(wb.getWorksheet('Kepuasan')!, 3)
    expect(sat.filter((r) => r[5] === 'Ya').map((r) => `${r[0]} ${r[1]}`)).toEqual(['2025-02 Dian', '2025-02 Hanna', '2025-03 Dian'])

    await db().use(async (check) => {
      const artifact = await check.knex('artifacts').where({kind: 'metrics-workbook'}).first()
      expect(artifact).toMatchObject({path: file, rows: EXPECTED.length})
      expect(await check.knex('audit_log').where({action: 'report.metrics'}).count({n: '*'})).toEqual([{n: 1}])
    })
    const verify = await runCli(['audit', 'verify', '--db', db().url, '--json'])
    expect(verify.code).toBe(0)
  })

  it('writes English labels with --lang en and keeps text from the registers as text', async () => {
    const store = await db().open()
    const menu = join(db().dir, 'chatbot.csv')
    writeFileSync(menu, 'session_id,started_at,menu\nX1,2025-04-02T10:00:00+07:00,"=HYPERLINK(""http://x"")"\n')
    await importRegisterFile(store, 'chatbot', menu, {rejectsFile: join(db().dir, 'rej.csv')})
    await store.close()
    const file = join(db().dir, 'en.xlsx')
    const r = await runCli(['report', 'metrics', '--db', db().url, '--out', file, '--lang', 'en'])
    expect(r.code).toBe(0)
    const wb = await readBack(file)
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Cover',
      'Overview',
      'Channels',
      'Topics',
      'Users',
      'Time zones & hours',
      'L2 escalations',
      'Satisfaction',
      'Chatbot',
      'Visits & vicon',
      'Data',
    ])
    const cell = wb.getWorksheet('Chatbot')!.getCell('A4')
    expect(cell.value).toBe('=HYPERLINK("http://x")')
    expect(cell.type).toBe(ExcelJS.ValueType.String)
  })

  it('exits 2 naming the file, row and field of a bad published figure, and without --out or --json', async () => {
    const bad = join(db().dir, 'bad.csv')
    writeFileSync(bad, 'period,metric,dimension,value\n2025-02,tickets.total,,8\n2025-02,tickets.total,,delapan\n')
    expect((await runCli(['init', '--db', db().url])).code).toBe(0)
    const r = await runCli(['report', 'metrics', '--db', db().url, '--out', join(db().dir, 'x.xlsx'), '--published', bad])
    expect(r.code).toBe(2)
    expect(r.stderr).toContain(`${bad} baris 3, kolom value: "delapan" bukan angka`)
    const none = await runCli(['report', 'metrics', '--db', db().url])
    expect(none.code).toBe(2)
    expect(none.stderr).toContain('--out FILE.xlsx')
  })

  it('handover.metrics writes DIR/metrics.xlsx reconciled against the configured published figures', async () => {
    await db().use(async (store) => {
      await loadOddRegisters(store, db().dir)
      const published = join(db().dir, 'published.csv')
      writeFileSync(published, PUBLISHED)
      await setMeta(store.knex, 'published_figures', published)
      const handler = stepHandler('handover.metrics')
      const note = await handler!.run!({store, outDir: db().dir, yes: true, progress: () => {}})
      expect(note).toContain('1 berbeda, 1 tidak ada dalam data')
      const wb = await readBack(join(db().dir, 'metrics.xlsx'))
      expect(wb.getWorksheet('Rekonsiliasi')).toBeDefined()
      expect(body(wb.getWorksheet('Data')!, 1)).toEqual(
        (await computeMetrics(store.knex)).map((r) => [r.period, r.metric, r.dimension, r.value]),
      )
    })
  })
})

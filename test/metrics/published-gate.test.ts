import {writeFileSync} from 'node:fs'
import {join} from 'node:path'
import ExcelJS from 'exceljs'
import {json, ROOT, runCli} from '../helpers/cli'
import {withDbs} from '../helpers/dbs'

const TICKETS =
  'ticket_id,channel,created_at,requester_type,region,topic,status\nT1,whatsapp,2025-02-03T09:00:00,pemda,Kab. Kediri,DAU,closed\n'

/** The overview sheet's line under its title: what the figures were reconciled against, or why not. */
async function overviewNote(file: string): Promise<string> {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.readFile(file)
  return String(wb.getWorksheet('Ringkasan')!.getCell(2, 1).value)
}

withDbs('reconciliation is claimed only when it was done', (db) => {
  const setUp = async () => {
    const {url, dir} = db()
    const cli = (args: string[]) => runCli([...args, '--db', url], {cwd: dir})
    writeFileSync(join(dir, 'tickets.csv'), TICKETS)
    expect((await cli(['init'])).code).toBe(0)
    for (const args of [
      ['import', 'faq', join(ROOT, 'fixtures', 'faq.xlsx')],
      ['import', 'tickets', join(dir, 'tickets.csv')],
      ['import', 'roster', join(ROOT, 'fixtures', 'roster.csv')],
      ['run', 'prepare'],
    ])
      expect((await cli(args)).code).toBe(0)
    return cli
  }

  it('without a published-figures file the plan stops at a gate naming both ways on; with the file it reconciles and says so', async () => {
    const cli = await setUp()
    const stopped = await cli(['run', 'handover', '--json'])
    expect(stopped.code).toBe(3)
    const err = json(stopped).error
    expect(err.message).toMatch(/^handover\.published_figures: /)
    expect(err.fix).toContain('prime-migrate settings set published_figures FILE.csv')
    expect(err.fix).toContain('prime-migrate decide no_published_figures --note')

    const bad = join(db().dir, 'bad.csv')
    writeFileSync(bad, 'period,metric,dimension,value\n2025-02,tickets.total,,delapan\n')
    const refused = await cli(['settings', 'set', 'published_figures', bad])
    expect(refused.code).toBe(2)
    expect(refused.stderr).toContain('baris 2, kolom value')

    const figures = join(ROOT, 'fixtures', 'published', 'figures.csv')
    const set = await cli(['settings', 'set', 'published_figures', figures, '--json'])
    expect(set.code).toBe(0)
    expect(json(set)).toMatchObject({key: 'published_figures', file: figures})
    expect((await cli(['run', 'handover', '--json'])).code).toBe(3) // now at the draft, which waits on the other stages
    const status = json(await cli(['status', '--json']))
    const metrics = status.steps.find((s: any) => s.id === 'handover.metrics')
    expect(metrics.status).toBe('done')
    expect(metrics.note).toMatch(/Direkonsiliasi dengan angka terpublikasi .*figures\.csv: \d+ angka dibandingkan/)
    expect(await overviewNote(join(db().dir, 'migration-out', 'metrics.xlsx'))).toMatch(/^Direkonsiliasi dengan angka terpublikasi/)
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.readFile(join(db().dir, 'migration-out', 'metrics.xlsx'))
    expect(wb.worksheets.map((w) => w.name)).toContain('Rekonsiliasi')
    expect((await cli(['audit', 'verify'])).code).toBe(0)
  })

  it('an audited decision to go without figures clears the gate; the metrics and the handover summary say they were not reconciled', async () => {
    const cli = await setUp()
    const noNote = await cli(['decide', 'no_published_figures', '--note', ' '])
    expect(noNote.code).toBe(2)
    const decided = await cli([
      'decide',
      'no_published_figures',
      '--note',
      'laporan bulanan Juni 2025 belum terbit',
      '--actor',
      'dian.pratiwi',
    ])
    expect(decided.code).toBe(0)
    expect((await cli(['run', 'handover'])).code).toBe(3)
    const status = json(await cli(['status', '--json']))
    const metrics = status.steps.find((s: any) => s.id === 'handover.metrics')
    expect(metrics.status).toBe('done')
    expect(metrics.note).not.toMatch(/Direkonsiliasi|direkonsiliasi dengan/)
    expect(metrics.note).toMatch(
      /Tidak direkonsiliasi, sesuai keputusan no_published_figures oleh dian\.pratiwi .*: laporan bulanan Juni 2025 belum terbit/,
    )
    const file = join(db().dir, 'migration-out', 'metrics.xlsx')
    expect(await overviewNote(file)).toMatch(/^Tidak direkonsiliasi, sesuai keputusan no_published_figures/)
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.readFile(file)
    expect(wb.worksheets.map((w) => w.name)).not.toContain('Rekonsiliasi')

    const handover = join(db().dir, 'handover.xlsx')
    expect((await cli(['report', 'handover', '--out', handover])).code).toBe(0)
    const hw = new ExcelJS.Workbook()
    await hw.xlsx.readFile(handover)
    const summary = hw.getWorksheet('Ringkasan')!
    const row = (summary.getSheetValues() as unknown[][]).find((r) => r?.[1] === 'Rekonsiliasi metrik')!
    expect(String(row[2])).toMatch(/^Tidak direkonsiliasi, sesuai keputusan no_published_figures oleh dian\.pratiwi/)

    await db().use(async (store) => {
      const entry = await store.knex('audit_log').where({action: 'decision.no_published_figures'}).first()
      expect(JSON.parse(entry.details)).toMatchObject({note: 'laporan bulanan Juni 2025 belum terbit', actor: 'dian.pratiwi'})
    })
  })

  it('report metrics by hand without --published says it was not reconciled', async () => {
    const cli = await setUp()
    const out = join(db().dir, 'm.xlsx')
    const r = await cli(['report', 'metrics', '--out', out, '--json'])
    expect(r.code).toBe(0)
    expect(json(r).workbook.reconciliation_note).toBe('Tidak direkonsiliasi: tidak ada berkas angka terpublikasi yang diberikan.')
    expect(await overviewNote(out)).toBe('Tidak direkonsiliasi: tidak ada berkas angka terpublikasi yang diberikan.')
  })
})

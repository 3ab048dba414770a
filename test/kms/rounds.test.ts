import {join} from 'node:path'
import ExcelJS from 'exceljs'
import {textTable} from '../../src/ui/table'
import {json, ROOT, runCli} from '../helpers/cli'
import {withDbs} from '../helpers/dbs'
import {openForFilling, reviewSheet} from './helpers'

/** The FAQ Nos a review workbook holds, in order. */
async function nosIn(file: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.readFile(file)
  const {ws, col} = reviewSheet(wb)
  const nos: string[] = []
  for (let r = 2; r <= ws.rowCount; r++) nos.push(String(ws.getRow(r).getCell(col('no')).value))
  return nos
}

withDbs('several SME rounds', (db) => {
  it('after a partial round the gate says how many are missing, kms review --pending writes only those, and a later round finishes it', async () => {
    const {url, dir} = db()
    const cli = (args: string[]) => runCli([...args, '--db', url], {cwd: dir})
    expect((await cli(['init'])).code).toBe(0)
    for (const [register, file] of [
      ['faq', 'faq.xlsx'],
      ['tickets', 'tickets/2025-02.csv'],
      ['roster', 'roster.csv'],
    ])
      expect((await cli(['import', register, join(ROOT, 'fixtures', file)])).code).toBe(0)
    // The first round is the workbook the plan writes.
    expect((await cli(['run'])).code).toBe(3)
    const first = join(dir, 'migration-out', 'kms', 'review.xlsx')
    const all = await nosIn(first)
    expect(all.length).toBeGreaterThan(20)

    const f = await openForFilling(first)
    const decided = all.slice(0, 20)
    for (const no of decided) f.set(no, 'decision', 'approve')
    f.set(all[20], 'decision', 'revise')
    f.set(all[20], 'comment', 'jawaban perlu merujuk PMK terbaru')
    await f.wb.xlsx.writeFile(first)
    const applied = await cli(['kms', 'apply-review', first])
    expect({code: applied.code, err: applied.stderr}).toEqual({code: 0, err: ''})
    const pending = all.length - 20
    expect(applied.stdout).toContain(
      `${pending} dari ${all.length} artikel belum final (${pending - 1} belum diputuskan, 1 perlu revisi, 0 berubah setelah direviu).`,
    )
    expect(applied.stdout).toContain('prime-migrate kms review --pending --out')

    const gate = json(await cli(['run', '--json'])).error
    expect(gate.exit).toBe(3)
    expect(gate.message).toContain(`${pending} dari ${all.length} artikel belum final`)
    expect(gate.fix).toContain('prime-migrate kms review --pending --out')

    const second = join(dir, 'putaran-2.xlsx')
    const made = await cli(['kms', 'review', '--pending', '--out', second, '--json'])
    expect(made.code).toBe(0)
    expect(json(made).articles).toBe(pending)
    expect(await nosIn(second)).toEqual(all.slice(20))

    const g = await openForFilling(second)
    for (const no of all.slice(20)) g.set(no, 'decision', 'exclude')
    await g.wb.xlsx.writeFile(second)
    const done = await cli(['kms', 'apply-review', second])
    expect({code: done.code, err: done.stderr}).toEqual({code: 0, err: ''})
    expect(done.stdout).toContain(`Semua ${all.length} artikel sudah final`)
    const none = await cli(['kms', 'review', '--pending', '--out', join(dir, 'putaran-3.xlsx')])
    expect(none.code).toBe(2)
    expect(none.stderr).toMatch(/sudah diputuskan final/)
  })

  it('a reject reason shown in a table is wrapped between words, never cut mid-word', async () => {
    const {url, dir} = db()
    const cli = (args: string[]) => runCli([...args, '--db', url], {cwd: dir})
    expect((await cli(['init'])).code).toBe(0)
    expect((await cli(['import', 'faq', join(ROOT, 'fixtures', 'faq.xlsx')])).code).toBe(0)
    const file = join(dir, 'reviu.xlsx')
    expect((await cli(['kms', 'review', '--out', file])).code).toBe(0)
    const no = (await nosIn(file))[0]
    const f = await openForFilling(file)
    f.set(no, 'decision', 'mungkin')
    f.set(no, 'category_override', 'Kategori Yang Tidak Pernah Ada')
    await f.wb.xlsx.writeFile(file)
    const r = await cli(['kms', 'apply-review', file, '--json'])
    const reasons: string[] = json(r).rows.find((x: any) => x.no === no).reasons
    const human = await cli(['kms', 'apply-review', file])
    expect(human.code).toBe(2)
    const shown = human.stdout.replace(/\s+/g, ' ')
    for (const reason of reasons) expect(shown).toContain(reason.replace(/\s+/g, ' '))
    expect(human.stdout).not.toContain('…')

    const table = textTable(
      ['baris', 'alasan'],
      [[2, 'kolom keputusan "mungkin" tidak valid: pilih setujui, revisi atau keluarkan '.repeat(2)]],
    )
    for (const line of table.split('\n')) expect(line.length).toBeLessThanOrEqual(70)
    expect(table.replace(/\s+/g, ' ')).toContain('pilih setujui, revisi atau keluarkan kolom keputusan')
  })
})

import {join} from 'node:path'
import ExcelJS from 'exceljs'
import {json, runCli} from '../helpers/cli'
import {withDbs} from '../helpers/dbs'

const DIR = join(__dirname, 'fixtures')

withDbs('mappings commands', (db) => {
  const run = (args: string[]) => runCli([...args, '--db', db().url], {cwd: db().dir})

  it('import prints the unresolved count, unresolved lists and writes the worklist, apply records decisions (exit 2 on a rejected row, 4 on a locked cell changed)', async () => {
    expect((await run(['init'])).code).toBe(0)
    const imp = await run(['import', 'tickets', join(DIR, 'messy-tickets.csv')])
    expect(imp.code).toBe(0)
    expect(imp.stdout).toMatch(/wilayah belum terselesaikan: 6 baris; wilayah kosong: 2 baris/)
    expect(imp.stdout).toContain('prime-migrate mappings unresolved --out wilayah.xlsx')

    const list = await run(['mappings', 'unresolved'])
    expect(list.code).toBe(0)
    expect(list.stdout).toMatch(/4 teks wilayah belum dikenali, dipakai 6 baris tersimpan/)
    expect(list.stdout).toMatch(/Banjar\s+ambigu \(beberapa provinsi\)\s+2\s+KOTA BANJAR \(JAWA BARAT\); KABUPATEN BANJAR/)

    const file = join(db().dir, 'wilayah.xlsx')
    const out = await run(['mappings', 'unresolved', '--out', file, '--json'])
    expect(out.code).toBe(0)
    const w = json(out)
    expect(w.values.map((v: any) => v.value)).toEqual(['Banjar', 'KAB. NEGERI KHAYALAN', 'Kab Tolitolli', 'Kementerian Keuangan'])
    expect(w.workbook).toMatchObject({path: file, values: 4})
    expect((await run(['mappings', 'unresolved', '--out', file])).code).toBe(2)

    const wb = new ExcelJS.Workbook()
    await wb.xlsx.readFile(file)
    const ws = wb.getWorksheet('Wilayah Belum Dikenali')!
    const choices = wb.getWorksheet('_pilihan')!
    ws.getCell('I2').value = choices.getCell('B2').value // Banjar → its second candidate, Kabupaten Banjar
    ws.getCell('I5').value = 'bukan_wilayah'
    ws.getCell('I3').value = 'Kabupaten Negeri Khayalan' // typed, not chosen: rejected
    await wb.xlsx.writeFile(file)

    const applied = await run(['mappings', 'apply', file, '--json'])
    expect(applied.code).toBe(2)
    expect(json(applied)).toMatchObject({decided: 2, rejected: 1, skipped: 1, rederived: {tickets: 3}})
    const human = await run(['mappings', 'apply', file])
    expect(human.stdout).toMatch(/0 keputusan dicatat, 2 tidak berubah, 1 baris ditolak, 1 baris belum diputuskan/)
    expect(human.stdout).toMatch(/3\s+KAB\. NEGERI KHAYALAN\s+keputusan "Kabupaten Negeri Khayalan" bukan/)

    const rows = json(await run(['report', 'metrics', '--json'])).rows
    const zone = (dim: string) => rows.find((r: any) => r.metric === 'tickets.zone' && r.dimension === dim)?.value
    expect([zone('WIB'), zone('WITA'), zone('WIT'), zone('unknown')]).toEqual([7, 6, 2, 6])
    expect(rows.filter((r: any) => r.metric === 'tickets.zone_unknown').map((r: any) => [r.dimension, r.value])).toEqual([
      ['empty', 2],
      ['not_a_region', 1],
      ['unrecognised', 3],
    ])
    expect((await run(['audit', 'verify'])).code).toBe(0)

    // A locked text changed is tampering: exit 4, naming the row and the column.
    ws.getCell('B4').value = 'Kab Tolitoli'
    await wb.xlsx.writeFile(file)
    const tampered = await run(['mappings', 'apply', file])
    expect(tampered.code).toBe(4)
    expect(tampered.stdout.replace(/\s+/g, ' ')).toMatch(/baris 4: sel terkunci Teks wilayah diubah/)
  })
})

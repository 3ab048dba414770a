import {join} from 'node:path'
import ExcelJS from 'exceljs'
import {verifyAudit} from '../../src/audit/verify'
import {applyWorklist} from '../../src/mappings/apply-worklist'
import {WORKLIST_COLUMNS, WorklistColumn} from '../../src/mappings/worklist-layout'
import {unresolvedWorklist} from '../../src/mappings/worklist'
import {computeMetrics} from '../../src/metrics/compute'
import {importRegisterFile} from '../../src/sources/import-file'
import {aliasKey, clearRegionCache} from '../../src/sources/regions'
import {Store} from '../../src/store/store'
import {readColumnKeys} from '../../src/util/column-keys'
import {withDbs} from '../helpers/dbs'

const DIR = join(__dirname, 'fixtures')

/** The worklist sheet and its columns, found by their keys as mappings apply finds them. */
function worklistSheet(wb: ExcelJS.Workbook): {ws: ExcelJS.Worksheet; col: (k: WorklistColumn) => number} {
  const keys = readColumnKeys(wb, WORKLIST_COLUMNS)
  if (!keys.ok) throw new Error(`column keys missing: ${keys.missing.join(', ')}`)
  return {ws: keys.sheet, col: (k) => keys.columns[k]}
}

afterEach(() => clearRegionCache())

async function load(store: Store, scratch: string): Promise<Record<string, any>> {
  const rejectsFile = join(scratch, 'rejects-{id}.csv')
  return {
    tickets: await importRegisterFile(store, 'tickets', join(DIR, 'messy-tickets.csv'), {rejectsFile}),
    visits: await importRegisterFile(store, 'visits', join(DIR, 'messy-visits.csv'), {rejectsFile}),
  }
}

/** The zone figures of the messy register (CONTRACT §6), as [metric, dimension, value]. */
async function zoneFigures(store: Store): Promise<Array<[string, string, number]>> {
  const zoneMetrics = ['tickets.zone', 'tickets.zone_unknown', 'tickets.outside_hours', 'tickets.outside_hours_zone']
  return (await computeMetrics(store.knex)).filter((r) => zoneMetrics.includes(r.metric)).map((r) => [r.metric, r.dimension, r.value])
}

// Worked out by hand from fixtures/messy-tickets.csv (service hours Mon–Fri 08:00–17:00 WIB):
// WIB M01 M02 M03 M06 M07 M08 M12; WITA M04 M05 M09 M11; WIT M10 M13; unknown M14–M21.
// Outside hours: M02 (18:00), M04 (20:00), M06 (07:30), M10 (Saturday), M12 (17:00), M15 (Sunday), M17 (19:30), M19 (22:00).
const BEFORE: Array<[string, string, number]> = [
  ['tickets.zone', 'WIB', 7],
  ['tickets.zone', 'WIT', 2],
  ['tickets.zone', 'WITA', 4],
  ['tickets.zone', 'unknown', 8],
  ['tickets.zone_unknown', 'ambiguous', 2], // M16, M17: Banjar
  ['tickets.zone_unknown', 'empty', 2], // M18 writes nothing, M21 a dash
  ['tickets.zone_unknown', 'unrecognised', 4], // M14, M19 (Negeri Khayalan), M15 (a ministry), M20 (Tolitolli misspelt)
  ['tickets.outside_hours', '', 8],
  ['tickets.outside_hours_zone', 'WIB', 3],
  ['tickets.outside_hours_zone', 'WIT', 1],
  ['tickets.outside_hours_zone', 'WITA', 1],
]
// After deciding Banjar → Kabupaten Banjar (WITA), Kab Tolitolli → Toli Toli (WITA), Kementerian Keuangan → no region.
const AFTER: Array<[string, string, number]> = [
  ['tickets.zone', 'WIB', 7],
  ['tickets.zone', 'WIT', 2],
  ['tickets.zone', 'WITA', 7],
  ['tickets.zone', 'unknown', 5],
  ['tickets.zone_unknown', 'empty', 2],
  ['tickets.zone_unknown', 'not_a_region', 1],
  ['tickets.zone_unknown', 'unrecognised', 2],
  ['tickets.outside_hours', '', 8],
  ['tickets.outside_hours_zone', 'WIB', 3],
  ['tickets.outside_hours_zone', 'WIT', 1],
  ['tickets.outside_hours_zone', 'WITA', 2], // M17 now known
]

/** Fill a worklist as a person would in Excel: by the row of each text, choosing from its drop-downs. */
async function fill(file: string, choose: Record<string, {decision?: (options: string[]) => string; other?: string; comment?: string}>) {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.readFile(file)
  const ws = wb.getWorksheet('Wilayah Belum Dikenali')!
  const options = wb.getWorksheet('_pilihan')!
  const places = wb.getWorksheet('Daftar Wilayah')!
  const header = (ws.getRow(1).values as string[]).slice(1)
  const col = (name: string) => header.indexOf(name) + 1
  for (let r = 2; r <= ws.rowCount; r++) {
    const c = choose[String(ws.getCell(r, col('Teks wilayah')).value)]
    if (!c) continue
    const list = ((options.getRow(r).values as string[]) ?? []).slice(1).filter(Boolean)
    if (c.decision) ws.getCell(r, col('keputusan')).value = c.decision(list)
    if (c.other) {
      let label = ''
      places.eachRow((row) => {
        if (String(row.getCell(1).value).startsWith(c.other!)) label = String(row.getCell(1).value)
      })
      ws.getCell(r, col('wilayah_lain')).value = label
    }
    if (c.comment) ws.getCell(r, col('catatan')).value = c.comment
  }
  await wb.xlsx.writeFile(file)
}

withDbs('unresolved regions as a worklist', (db) => {
  it('lists each unresolved text with counts and candidates; decisions reach stored tickets and metrics without re-import', async () => {
    await db().use(async (store) => {
      const loaded = await load(store, db().dir)
      expect(loaded.tickets).toMatchObject({read: 21, loaded: 21, unresolved_regions: 6, empty_regions: 2})
      expect(loaded.visits).toMatchObject({read: 2, loaded: 2, unresolved_regions: 1})
      expect(await zoneFigures(store)).toEqual(BEFORE)

      const file = join(db().dir, 'wilayah.xlsx')
      const w = await unresolvedWorklist(store, {out: file})
      expect(w.rederived).toEqual({tickets: 0, visits: 0, vicon: 0})
      expect(w.rows).toBe(7)
      expect(w.values.map((v) => [v.value, v.status, v.rows, v.total, v.spellings])).toEqual([
        ['Banjar', 'ambiguous', {tickets: 2, visits: 1, vicon: 0}, 3, []],
        ['KAB. NEGERI KHAYALAN', 'unrecognised', {tickets: 2, visits: 0, vicon: 0}, 2, ['Kab. Negeri Khayalan']],
        ['Kab Tolitolli', 'unrecognised', {tickets: 1, visits: 0, vicon: 0}, 1, []],
        ['Kementerian Keuangan', 'unrecognised', {tickets: 1, visits: 0, vicon: 0}, 1, []],
      ])
      expect(w.values[0].candidates.map((c) => `${c.name} (${c.province})`)).toEqual([
        'KOTA BANJAR (JAWA BARAT)',
        'KABUPATEN BANJAR (KALIMANTAN SELATAN)',
      ])
      expect(w.values[2].candidates[0]).toMatchObject({name: 'KABUPATEN TOLI TOLI', province: 'SULAWESI TENGAH', zone: 'WITA'})
      expect(w.values[1].candidates).toEqual([])

      await fill(file, {
        Banjar: {decision: (o) => o.find((x) => x.startsWith('KABUPATEN BANJAR'))!, comment: 'BPKAD Kab. Banjar, Martapura'},
        'Kab Tolitolli': {other: 'KABUPATEN TOLI TOLI'},
        'Kementerian Keuangan': {decision: (o) => o[o.length - 1]},
      })
      const applied = await applyWorklist(store, file)
      expect(applied).toMatchObject({decided: 3, unchanged: 0, rejected: 0, skipped: 1})
      expect(applied.rederived).toEqual({tickets: 4, visits: 1, vicon: 0})
      expect(await zoneFigures(store)).toEqual(AFTER)
      expect(await store.knex('tickets').where({ticket_id: 'M17'}).first()).toMatchObject({
        province: 'KALIMANTAN SELATAN',
        zone: 'WITA',
        region_status: 'resolved',
      })
      expect(await store.knex('visits').where({visit_id: 'V2'}).first()).toMatchObject({province: 'KALIMANTAN SELATAN', zone: 'WITA'})
      expect(
        (await store.knex('region_aliases').select('text', 'code', 'province', 'comment').orderBy('text')).map((r: any) => ({...r})),
      ).toEqual([
        {text: 'Banjar', code: '63.03', province: 'KALIMANTAN SELATAN', comment: 'BPKAD Kab. Banjar, Martapura'},
        {text: 'Kab Tolitolli', code: '72.04', province: 'SULAWESI TENGAH', comment: null},
        {text: 'Kementerian Keuangan', code: null, province: null, comment: null},
      ])

      // The same file again changes nothing: the re-derived rows kept the hash a re-import computes.
      const again = await importRegisterFile(store, 'tickets', join(DIR, 'messy-tickets.csv'), {rejectsFile: join(db().dir, 'r.csv')})
      expect(again).toMatchObject({unchanged: 21, updated: 0, unresolved_regions: 2})
      expect(await applyWorklist(store, file)).toMatchObject({decided: 0, unchanged: 3, rederived: {tickets: 0, visits: 0, vicon: 0}})

      const left = await unresolvedWorklist(store)
      expect(left.values.map((v) => v.value)).toEqual(['KAB. NEGERI KHAYALAN'])
      const audit = await store
        .knex('audit_log')
        .whereIn('action', ['mappings.regions_decided', 'mappings.regions_rederived'])
        .orderBy('id')
      expect(audit.map((a: any) => a.action)).toEqual([
        'mappings.regions_decided',
        'mappings.regions_rederived',
        'mappings.regions_decided',
      ])
      // Registers whose rows changed move their change counter (what was computed from them goes stale); vicon did not change.
      expect(JSON.parse(audit[1].details)).toEqual({
        cause: 'mappings.regions_decided',
        rows: {tickets: 4, visits: 1, vicon: 0},
        change: {tickets: expect.any(Number), visits: expect.any(Number)},
        state_digests: expect.any(Object),
      })
      expect((await verifyAudit(store.knex)).ok).toBe(true)
    })
  })

  it('rejects rows it cannot read as a decision, with reasons, and records the others', async () => {
    await db().use(async (store) => {
      await load(store, db().dir)
      const file = join(db().dir, 'wilayah.xlsx')
      await unresolvedWorklist(store, {out: file})
      await fill(file, {
        Banjar: {decision: (o) => o[0], other: 'KOTA BANJAR'},
        'KAB. NEGERI KHAYALAN': {decision: () => 'Kabupaten Khayalan'},
        'Kab Tolitolli': {comment: 'belum tahu'},
        'Kementerian Keuangan': {decision: () => 'bukan_wilayah'},
      })
      const wb = new ExcelJS.Workbook()
      await wb.xlsx.readFile(file)
      wb.getWorksheet('Wilayah Belum Dikenali')!.getCell('B5').value = 'Kementerian Keuangan RI'
      await wb.xlsx.writeFile(file)
      const r = await applyWorklist(store, file)
      expect(r).toMatchObject({decided: 0, rejected: 4, tampered: 1, skipped: 0})
      expect(r.rows[3].tampered).toEqual(['value'])
      expect(r.rows.map((x) => [x.row, x.reasons[0]])).toEqual([
        [2, 'keputusan dan wilayah_lain sama-sama diisi: isi salah satu saja'],
        [3, expect.stringMatching(/^keputusan "Kabupaten Khayalan" bukan salah satu pilihan/)],
        [4, 'catatan diisi tanpa keputusan: isi keputusan atau wilayah_lain'],
        [5, expect.stringMatching(/^baris 5: sel terkunci Teks wilayah diubah/)],
      ])
      expect(await store.knex('region_aliases')).toEqual([])
      expect(await zoneFigures(store)).toEqual(BEFORE)
    })
  })

  it('a formula in a cell a person fills rejects its row; a locked text changed with its key made to match is tampering', async () => {
    await db().use(async (store) => {
      await load(store, db().dir)
      const file = join(db().dir, 'wilayah.xlsx')
      await unresolvedWorklist(store, {out: file})
      const wb = new ExcelJS.Workbook()
      await wb.xlsx.readFile(file)
      const {ws, col} = worklistSheet(wb)
      const choices = wb.getWorksheet('_pilihan')!
      // Banjar: the second candidate, but as a formula whose cached result is the first.
      ws.getCell(2, col('decision')).value = {formula: '_pilihan!B2', result: String(choices.getCell('A2').value)} as any
      // Kementerian Keuangan: a text rewritten with its hidden key made to match, so the plain check passes.
      ws.getCell(5, col('value')).value = 'Banjar'
      ws.getCell(5, col('key')).value = aliasKey('Banjar')
      ws.getCell(5, col('decision')).value = 'bukan_wilayah'
      // Kab Tolitolli: a value typed as text is read.
      ws.getCell(4, col('decision')).value = String(choices.getCell('A4').value)
      await wb.xlsx.writeFile(file)
      const r = await applyWorklist(store, file)
      expect(r).toMatchObject({decided: 1, rejected: 2, tampered: 1, skipped: 1})
      expect(r.decided + r.unchanged + r.rejected + r.skipped).toBe(4)
      expect(r.rows.map((x) => [x.row, x.reasons[0] ?? ''])).toEqual([
        [2, expect.stringMatching(/^kolom keputusan berisi rumus, yang tidak dibaca: ketik nilainya/)],
        [3, ''],
        [4, ''],
        [5, expect.stringMatching(/^baris 5: sel terkunci Teks wilayah, kunci diubah/)],
      ])
      expect((await store.knex('region_aliases').select('text')).map((x: any) => x.text)).toEqual(['Kab Tolitolli'])
    })
  })

  it('reads back by column keys: written in English, read under Indonesian, with a label reworded', async () => {
    await db().use(async (store) => {
      await load(store, db().dir)
      const file = join(db().dir, 'regions.xlsx')
      await unresolvedWorklist(store, {out: file, lang: 'en'})
      const wb = new ExcelJS.Workbook()
      await wb.xlsx.readFile(file)
      const {ws, col} = worklistSheet(wb)
      expect(ws.name).toBe('Unrecognised Regions')
      ws.getCell(1, col('decision')).value = 'Your choice'
      ws.getCell(5, col('decision')).value = 'not_a_region'
      await wb.xlsx.writeFile(file)
      expect(await applyWorklist(store, file)).toMatchObject({decided: 1, rejected: 0, tampered: 0})
      expect(await store.knex('region_aliases').select('text', 'code')).toEqual([{text: 'Kementerian Keuangan', code: null}])
    })
  })
})

import {join} from 'node:path'
import ExcelJS from 'exceljs'
import {importRegisterFile} from '../../src/sources/import-file'
import {withDbs} from '../helpers/dbs'
import {auditOf, csv, rejectsOf, write} from './helpers'

const FAQ_HEADER = [
  'No',
  'Topik',
  'Sub Topik',
  'Pertanyaan',
  'Jawaban',
  'Dasar Hukum',
  'Perbaikan',
  'Status',
  'Tanggal Update',
  'Kontributor',
]
const FAQ_ROWS: (string | number | Date | null)[][] = [
  [
    1,
    'DAU',
    'Penyaluran',
    'Kapan DAU disalurkan?',
    'DAU disalurkan setiap bulan.\nLihat juga PMK.',
    'PMK Nomor 108 Tahun 2024',
    null,
    0,
    new Date(Date.UTC(2025, 1, 3)),
    'Rina',
  ],
  [2, 'DBH', null, 'Apa itu DBH?', '=Dana Bagi Hasil', null, 'Perlu rujukan PP', 1, null, null],
  [3, 'Dana Desa', null, '', 'Jawaban tanpa pertanyaan', null, null, null, null, null],
  [4, null, null, 'Tanpa topik?', 'Ya', null, null, null, null, null],
]

async function faqWorkbook(path: string, header: string[], rows: typeof FAQ_ROWS, sheet = 'FAQ'): Promise<string> {
  const wb = new ExcelJS.Workbook()
  wb.addWorksheet('Petunjuk').addRow(['Baca dulu'])
  const ws = wb.addWorksheet(sheet)
  ws.addRow(header)
  for (const r of rows) ws.addRow(r)
  await wb.xlsx.writeFile(path)
  return path
}

const opts = (dir: string) => ({rejectsFile: join(dir, 'rejects-{id}.csv')})

withDbs('FAQ and register imports', (db) => {
  it('imports the FAQ workbook from a named sheet with header aliases, rejecting rows without question or topic', async () => {
    await db().use(async (store) => {
      const header = [
        '  NO. ',
        'topik',
        'Subtopik',
        'PERTANYAAN',
        'Jawaban',
        'Dasar Hukum',
        'Perbaikan',
        'Status',
        'Tanggal Pembaruan',
        'Kontributor',
      ]
      const file = await faqWorkbook(join(db().dir, 'faq.xlsx'), header, FAQ_ROWS)
      const s = await importRegisterFile(store, 'faq', file, {...opts(db().dir), sheet: 'faq'})
      expect(s).toMatchObject({read: 4, loaded: 2, rejected: 2})
      expect((await rejectsOf(store)).map((r) => [r.row_no, r.field])).toEqual([
        [4, 'question'],
        [5, 'topic'],
      ])
      const rows = await store.knex('faq_articles').orderBy('no')
      expect(rows[0]).toMatchObject({
        no: '1',
        topic: 'DAU',
        sub_topic: 'Penyaluran',
        legal_basis: 'PMK Nomor 108 Tahun 2024',
        status: '0',
        updated: '2025-02-03',
        contributor: 'Rina',
        answer: 'DAU disalurkan setiap bulan.\nLihat juga PMK.',
      })
      expect(rows[0].content_hash).toMatch(/^[0-9a-f]{64}$/)
      expect(rows[1]).toMatchObject({no: '2', answer: '=Dana Bagi Hasil', correction: 'Perlu rujukan PP', status: '1'})
      const again = await importRegisterFile(store, 'faq', file, {...opts(db().dir), sheet: 'FAQ'})
      expect(again).toMatchObject({read: 4, loaded: 0, unchanged: 2, rejected: 2})
    })
  })

  it('imports the FAQ as CSV the same way, and a changed answer changes the content hash and is audited', async () => {
    await db().use(async (store) => {
      const rows = [['1', 'DAU', '', 'Kapan DAU disalurkan?', 'Setiap bulan.', 'PMK Nomor 108 Tahun 2024', '', '0', '2025-02-03', 'Rina']]
      await importRegisterFile(store, 'faq', write(db().dir, 'faq.csv', csv([FAQ_HEADER, ...rows])), opts(db().dir))
      const before = (await store.knex('faq_articles').first()).content_hash
      rows[0][4] = 'Setiap bulan, paling lambat tanggal 10.'
      const s = await importRegisterFile(store, 'faq', write(db().dir, 'faq2.csv', csv([FAQ_HEADER, ...rows])), opts(db().dir))
      expect(s).toMatchObject({read: 1, updated: 1})
      expect((await store.knex('faq_articles').first()).content_hash).not.toBe(before)
      expect((await auditOf(store, 'import.faq')).at(-1)).toMatchObject({updated_keys: ['1'], updated_total: 1})
      // Only who reviewed it changed: the record updates, the content hash does not.
      rows[0][7] = '1'
      const after = (await store.knex('faq_articles').first()).content_hash
      await importRegisterFile(store, 'faq', write(db().dir, 'faq3.csv', csv([FAQ_HEADER, ...rows])), opts(db().dir))
      expect((await store.knex('faq_articles').first()).content_hash).toBe(after)
    })
  })

  it('imports the roster, rejecting a bad level, a bad e-mail and an unknown SME topic', async () => {
    await db().use(async (store) => {
      const file = write(
        db().dir,
        'roster.csv',
        csv([
          ['agent_id', 'name', 'email', 'level', 'unit', 'kms_contributor', 'sme'],
          ['A1', 'Rina', 'rina@kemenkeu.go.id', 'L1', 'Sekretariat', 'ya', 'DAU; dbh'],
          ['L2-DTU', 'Tim DTU', 'l2.dtu@djpk.kemenkeu.go.id', 'l2', 'DTU', '', ''],
          ['P1', 'Agen Prime', '', 'PRIME', '', '0', ''],
          ['X1', 'Salah', '', 'L4', '', '', ''],
          ['X2', 'Salah', 'bukan-email', 'L1', '', '', ''],
          ['X3', 'Salah', '', 'L1', '', '', 'Astrologi'],
        ]),
      )
      const s = await importRegisterFile(store, 'roster', file, opts(db().dir))
      expect(s).toMatchObject({read: 6, loaded: 3, rejected: 3})
      expect((await rejectsOf(store)).map((r) => r.field)).toEqual(['level', 'email', 'sme'])
      expect(await store.knex('roster').where({agent_id: 'A1'}).first()).toMatchObject({level: 'L1', sme: 'DAU;DBH'})
      expect(Boolean((await store.knex('roster').where({agent_id: 'A1'}).first()).kms_contributor)).toBe(true)
      expect(await importRegisterFile(store, 'roster', file, opts(db().dir))).toMatchObject({unchanged: 3, rejected: 3})
    })
  })

  it('reads SME topics as people write them: folded, by label or alias, stored as codes', async () => {
    await db().use(async (store) => {
      const rows = [
        ['agent_id', 'name', 'email', 'level', 'unit', 'kms_contributor', 'sme'],
        ['A1', 'Rina', '', 'L1', '', '', 'dak nonfisik; JF AKPD'],
        ['A2', 'Bayu', '', 'L1', '', '', 'Dana Alokasi Umum;PPID'],
        ['A3', 'Sari', '', 'L1', '', '', 'DAU;Better with DJPK'],
      ]
      const s = await importRegisterFile(store, 'roster', write(db().dir, 'roster.csv', csv(rows)), opts(db().dir))
      expect(s).toMatchObject({read: 3, loaded: 2, rejected: 1})
      const sme = Object.fromEntries((await store.knex('roster').select('agent_id', 'sme')).map((r: any) => [r.agent_id, r.sme]))
      expect(sme).toEqual({A1: 'DAK Non Fisik;JFAKPD', A2: 'DAU;Permintaan Data'})
      expect(await rejectsOf(store)).toEqual([{row_no: 4, field: 'sme', reason: expect.stringMatching(/^"Better with DJPK" bukan topik/)}])
    })
  })

  it('imports survey answers with scores 1–5 and the Jakarta period', async () => {
    await db().use(async (store) => {
      const file = write(
        db().dir,
        'survey.csv',
        csv([
          ['response_id', 'agent', 'respondent', 'submitted_at', 'kepuasan_layanan', 'substansi_jawaban'],
          ['S1', 'Rina', 'Pemda A', '2025-02-28T20:00:00Z', '5', '5'],
          ['S2', 'Rina', 'Pemda B', '2025-02-10T09:00:00', '4', '3'],
          ['S3', 'Rina', 'Pemda C', '2025-02-10T09:00:00', '6', '5'],
          ['S4', 'Rina', 'Pemda D', '2025-02-10T09:00:00', 'lima', '5'],
          ['S5', '', 'Pemda E', '10/02/2025', '5', '5'],
        ]),
      )
      const s = await importRegisterFile(store, 'survey', file, opts(db().dir))
      expect(s).toMatchObject({read: 5, loaded: 2, rejected: 3})
      expect((await rejectsOf(store)).map((r) => r.field)).toEqual(['kepuasan_layanan', 'kepuasan_layanan', 'agent', 'submitted_at'])
      expect(await store.knex('survey_responses').where({response_id: 'S1'}).first()).toMatchObject({
        period: '2025-03',
        submitted_at: '2025-02-28T20:00:00Z',
        kepuasan_layanan: 5,
      })
      expect(await importRegisterFile(store, 'survey', file, opts(db().dir))).toMatchObject({unchanged: 2, rejected: 3})
    })
  })

  it('imports chatbot sessions, visits and video conferences with region and zone', async () => {
    await db().use(async (store) => {
      const chat = write(
        db().dir,
        'chatbot.csv',
        csv([
          ['session_id', 'started_at', 'menu'],
          ['C1', '2025-02-03T08:00:00', 'Dana Desa'],
          ['C2', '2025-02-03T08:05:00', 'Tidak Dilanjutkan'],
          ['C3', '2025-02-03T08:05:00', ''],
          ['C1', '2025-02-03T09:00:00', 'DAU'],
        ]),
      )
      expect(await importRegisterFile(store, 'chatbot', chat, opts(db().dir))).toMatchObject({read: 4, loaded: 2, rejected: 2})
      const visits = write(
        db().dir,
        'visits.csv',
        csv([
          ['visit_id', 'date', 'region', 'topics', 'guests'],
          ['V6', '2025-02-12', 'DPRD Kota Pekanbaru', 'INPRES 1', '20'],
          ['V7', '2025-02-12', 'BPKAD Prov. Papua', 'Otsus', '5'],
          ['V9', '13 Februari 2025', 'Kab. Bengkulu Selatan', 'DAK, DAU, DBH', '3'],
          ['V10', '2025-02-14', 'Kab. Halmahera Utara', 'DBH', 'tiga'],
        ]),
      )
      expect(await importRegisterFile(store, 'visits', visits, opts(db().dir))).toMatchObject({read: 4, loaded: 2, rejected: 2})
      expect(await store.knex('visits').where({visit_id: 'V7'}).first()).toMatchObject({
        period: '2025-02',
        province: 'PAPUA',
        zone: 'WIT',
        guests: 5,
      })
      const vicon = write(
        db().dir,
        'vicon.csv',
        csv([
          ['vicon_id', 'date', 'region', 'topic'],
          ['VC1', '2025-02-05', 'Kab. Atlantis', 'DAU'],
          ['VC2', '2025-02-06', '', 'DBH'],
        ]),
      )
      expect(await importRegisterFile(store, 'vicon', vicon, opts(db().dir))).toMatchObject({read: 2, loaded: 1, rejected: 1})
      expect(await store.knex('vicons').where({vicon_id: 'VC1'}).first()).toMatchObject({province: null, zone: null})
      for (const [r, f] of [
        ['chatbot', chat],
        ['visits', visits],
        ['vicon', vicon],
      ] as const) {
        const again = await importRegisterFile(store, r, f, opts(db().dir))
        expect(again.loaded + again.updated).toBe(0)
      }
    })
  })
})

import {join} from 'node:path'
import {importRegisterFile} from '../../src/sources/import-file'
import {AllRowsRejectedError} from '../../src/sources/import-register'
import {aliasKey, clearRegionCache} from '../../src/sources/regions'
import {withDbs} from '../helpers/dbs'
import {csv, rejectsOf, write} from './helpers'

const HEADER = ['ticket_id', 'channel', 'created_at', 'requester_type', 'region', 'topic']
const row = (id: string, region: string) => [id, 'email', '2025-02-03T08:15:00', 'pemda', region, 'DAU']
const opts = (dir: string) => ({rejectsFile: join(dir, 'rejects-{id}.csv')})

afterEach(() => clearRegionCache())

withDbs('imports and regions', (db) => {
  it('says how many rows have an unresolved or no region, stores why, and uses decisions recorded in the store', async () => {
    await db().use(async (store) => {
      const rows = [
        row('R-1', 'Kab. Toli-Toli'),
        row('R-2', 'Kota Adm. Jakarta Selatan'),
        row('R-3', 'Kab. Negeri Khayalan'),
        row('R-4', 'Banjar'),
        row('R-5', 'Kementerian Keuangan'),
        row('R-6', ''),
        row('R-7', 'Kab. Negeri Khayalan'),
      ]
      const file = write(db().dir, 't.csv', csv([HEADER, ...rows]))
      const s = await importRegisterFile(store, 'tickets', file, opts(db().dir))
      expect(s).toMatchObject({read: 7, loaded: 7, unresolved_regions: 4, empty_regions: 1})
      const stored = Object.fromEntries(
        (await store.knex('tickets').select('ticket_id', 'province', 'zone', 'region_status')).map((t: any) => [t.ticket_id, t]),
      )
      expect(stored['R-1']).toMatchObject({province: 'SULAWESI TENGAH', zone: 'WITA', region_status: 'resolved'})
      expect(stored['R-2']).toMatchObject({province: 'DKI JAKARTA', zone: 'WIB', region_status: 'resolved'})
      expect(stored['R-3']).toMatchObject({province: null, zone: null, region_status: 'unrecognised'})
      expect(stored['R-4']).toMatchObject({province: null, zone: null, region_status: 'ambiguous'})
      expect(stored['R-6']).toMatchObject({zone: null, region_status: 'empty'})
      expect(await importRegisterFile(store, 'tickets', file, opts(db().dir))).toMatchObject({unchanged: 7, unresolved_regions: 4})

      await store.knex('region_aliases').insert([
        {alias_key: aliasKey('Banjar'), text: 'Banjar', code: '63.03', province: 'KALIMANTAN SELATAN', actor: 't', decided_at: 'x'},
        {alias_key: aliasKey('Kementerian Keuangan'), text: 'Kementerian Keuangan', code: null, actor: 't', decided_at: 'x'},
      ])
      const again = await importRegisterFile(store, 'tickets', file, opts(db().dir))
      expect(again).toMatchObject({updated: 2, unchanged: 5, unresolved_regions: 2, empty_regions: 1})
      expect(await store.knex('tickets').where({ticket_id: 'R-4'}).first()).toMatchObject({zone: 'WITA', region_status: 'resolved'})
      expect(await store.knex('tickets').where({ticket_id: 'R-5'}).first()).toMatchObject({zone: null, region_status: 'not_a_region'})
    })
  })

  it('counts unresolved regions of face-to-face consultations too', async () => {
    await db().use(async (store) => {
      const file = write(
        db().dir,
        'visits.csv',
        csv([
          ['visit_id', 'date', 'region', 'topics', 'guests'],
          ['V1', '2025-02-05', 'Kab. Mukomuko', 'DAU', '2'],
          ['V2', '2025-02-05', 'Pemda Antah Berantah', 'DAU', '2'],
        ]),
      )
      expect(await importRegisterFile(store, 'visits', file, opts(db().dir))).toMatchObject({
        loaded: 2,
        unresolved_regions: 1,
        empty_regions: 0,
      })
      expect(await store.knex('visits').where({visit_id: 'V1'}).first()).toMatchObject({province: 'BENGKULU', zone: 'WIB'})
    })
  })

  it('refuses a file whose every row is rejected (exit 2), naming the most common reason, after recording the rejects', async () => {
    await db().use(async (store) => {
      const rows = [
        [...row('B-1', 'Kab. Kediri').slice(0, 5), 'Astrologi'],
        [...row('B-2', 'Kab. Kediri').slice(0, 5), 'Astrologi'],
        ['B-3', 'fax', '2025-02-03T08:15:00', 'pemda', '', 'Astrologi'],
      ]
      const file = write(db().dir, 'bad.csv', csv([HEADER, ...rows]))
      const error = await importRegisterFile(store, 'tickets', file, opts(db().dir)).then(
        () => undefined,
        (e) => e,
      )
      expect(error).toBeInstanceOf(AllRowsRejectedError)
      expect(error.exit).toBe(2)
      expect(error.message).toMatch(/semua 3 baris .*bad\.csv ditolak.*kolom topic \(3 baris\), misalnya baris 2: "Astrologi" bukan topik/)
      expect(error.details).toMatchObject({read: 3, loaded: 0, rejected: 3})
      expect(error.fix).toContain(error.details.rejects_file)
      expect((await rejectsOf(store)).length).toBe(4)
      expect(Number((await store.knex('tickets').count({n: '*'}))[0].n)).toBe(0)
    })
  })

  it('reads the roster sme column as a yes/no flag for the topics of the unit, or as topic codes', async () => {
    await db().use(async (store) => {
      const file = write(
        db().dir,
        'roster.csv',
        csv([
          ['agent_id', 'name', 'email', 'level', 'unit', 'kms_contributor', 'sme'],
          ['S1', 'Sme DTU', '', 'L2', 'DTU', '', 'ya'],
          ['S2', 'Sme DTK', '', 'L2', 'Direktorat Dana Transfer Khusus', '', 'TRUE'],
          ['S3', 'Bukan SME', '', 'L1', 'DJPK', '', 'tidak'],
          ['S4', 'Bukan SME', '', 'L1', 'DJPK', '', '0'],
          ['S5', 'Daftar topik', '', 'L1', 'DJPK', '', 'Reservasi; video conference'],
          ['X1', 'Unit tanpa topik', '', 'L1', 'DJPK', '', 'yes'],
          ['X2', 'Tanpa unit', '', 'L1', '', '', '1'],
        ]),
      )
      expect(await importRegisterFile(store, 'roster', file, opts(db().dir))).toMatchObject({read: 7, loaded: 5, rejected: 2})
      const sme = Object.fromEntries((await store.knex('roster').select('agent_id', 'sme')).map((r: any) => [r.agent_id, r.sme]))
      expect(sme).toEqual({
        S1: 'DAU;DBH;Inpres 1/2025',
        S2: 'DAK Non Fisik;DAK Fisik',
        S3: null,
        S4: null,
        S5: 'Reservasi;Video Conference',
      })
      const rejects = await rejectsOf(store)
      expect(rejects.map((r) => r.field)).toEqual(['sme', 'sme'])
      expect(rejects[0].reason).toMatch(/"yes" berarti SME untuk topik unitnya, tetapi unit "DJPK" tidak menangani topik apa pun/)
      expect(rejects[1].reason).toMatch(/kolom unit kosong/)
    })
  })
})

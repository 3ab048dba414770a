import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {importRows} from '../../src/sources/import-rows'
import {importRegisterFile} from '../../src/sources/import-file'
import {ticketSpec} from '../../src/sources/tickets'
import {withDbs} from '../helpers/dbs'
import {useMappingsWith, useShippedMappings, withTwinLabel} from '../helpers/mappings'
import {auditOf, csv, rejectsOf, write} from './helpers'

const HEADER = [
  'ticket_id',
  'channel',
  'created_at',
  'requester_type',
  'region',
  'topic',
  'agent',
  'status',
  'escalated_unit',
  'escalated_at',
  'l2_responded_at',
  'confidential',
]
const GOOD = [
  ['T-1', 'WhatsApp', '2025-02-03T08:15:00', 'Pemda', 'Kab. Kediri', 'DAU', 'Rina', 'closed', '', '', '', ''],
  [
    'T-2',
    'Telepon',
    '2025-02-03 17:30:00',
    'kl',
    'BPKAD Prov. Papua',
    'Dana Desa',
    '',
    'resolved',
    'DDIOKK',
    '2025-02-04T09:00:00+07:00',
    '2025-02-05T01:00:00Z',
    'true',
  ],
  ['T-3', 'Live Chat', '2025-02-28T23:30:00Z', 'akademisi', 'Kementerian Dalam Negeri', 'pengaduan', '', '', '', '', '', '1'],
  ['T-4', 'Help Desk', '2025-02-08T10:00:00+08:00', 'LAINNYA', '', 'Surat Masuk', '', 'open', 'dtu', '2025-02-10T08:00:00', '', '0'],
  ['T-5', 'email', '2025-02-10T12:00:00', 'pemda', 'Kota Samarinda', 'DBH', '', '', '', '', '', 'false'],
]
const BAD = [
  ['T-6', 'fax', '2025-02-03T08:15:00', 'pemda', '', 'DAU', '', '', '', '', '', ''],
  ['T-7', 'email', '31/02/2025', 'pemda', '', 'DAU', '', '', '', '', '', ''],
  ['T-8', 'email', '2025-02-03T08:15:00', '', '', 'DAU', '', '', '', '', '', ''],
  ['T-9', 'email', '2025-02-03T08:15:00', 'pemda', '', 'DAU', '', '', 'DTK', '', '', ''],
  ['T-1', 'email', '2025-02-03T08:15:00', 'pemda', '', 'DAU', '', '', '', '', '', ''],
  ['', 'email', '2025-02-03T08:15:00', 'pemda', '', 'DAU', '', '', '', '', '', ''],
]

function asJsonl(rows: string[][]): string {
  return rows.map((r) => JSON.stringify(Object.fromEntries(HEADER.map((h, i) => [h, r[i]]).filter(([, v]) => v !== '')))).join('\n') + '\n'
}

withDbs('ticket import', (db) => {
  it('loads every good row and rejects exactly the bad ones, each with its reason', async () => {
    await db().use(async (store) => {
      const file = write(db().dir, 'tickets.csv', csv([HEADER, ...GOOD, ...BAD]))
      const s = await importRegisterFile(store, 'tickets', file, {rejectsFile: join(db().dir, 'rejects-{id}.csv')})
      expect(s).toMatchObject({read: 11, loaded: 5, updated: 0, unchanged: 0, rejected: 6})
      expect(s.read).toBe(s.loaded + s.updated + s.unchanged + s.rejected)
      const rejects = await rejectsOf(store)
      expect(rejects.map((r) => [r.row_no, r.field])).toEqual([
        [7, 'channel'],
        [8, 'created_at'],
        [9, 'requester_type'],
        [10, 'escalated_at'],
        [11, 'ticket_id'],
        [12, 'ticket_id'],
      ])
      expect(rejects[0].reason).toMatch(/"fax" bukan salah satu dari/)
      expect(rejects[1].reason).toMatch(/ISO 8601/)
      expect(rejects[2].reason).toMatch(/wajib diisi/)
      expect(rejects[3].reason).toMatch(/wajib diisi bila escalated_unit diisi/)
      expect(rejects[4].reason).toMatch(/"T-1" sudah muncul di berkas ini \(baris 2\)/)
      expect(rejects[5].reason).toMatch(/wajib diisi tetapi kosong/)
      const file2 = readFileSync(s.rejects_file!, 'utf8')
      expect(file2.split('\r\n').filter(Boolean)).toHaveLength(7)
      expect(await store.knex('tickets').count({n: '*'}).first()).toMatchObject({n: 5})
      const imp = await store.knex('imports').orderBy('id', 'desc').first()
      expect(imp).toMatchObject({register: 'tickets', read: 11, loaded: 5, rejected: 6, rejects_file: s.rejects_file})
      // The rejects file is an artifact, so `audit verify` re-checks it.
      expect(await store.knex('artifacts').where({path: s.rejects_file}).first()).toMatchObject({kind: 'rejects.tickets', rows: 6})
    })
  })

  it('stores UTC instants and the Jakarta calendar fields, region and zone', async () => {
    await db().use(async (store) => {
      await importRegisterFile(store, 'tickets', write(db().dir, 't.csv', csv([HEADER, ...GOOD])), {
        rejectsFile: join(db().dir, 'r-{id}.csv'),
      })
      const rows = await store.knex('tickets').orderBy('ticket_id')
      const by = Object.fromEntries(rows.map((r: any) => [r.ticket_id, r]))
      expect(by['T-1']).toMatchObject({
        channel: 'whatsapp',
        requester_type: 'pemda',
        created_at: '2025-02-03T01:15:00Z',
        created_local: '2025-02-03 08:15:00',
        period: '2025-02',
        local_date: '2025-02-03',
        local_weekday: 1,
        local_minute: 495,
        province: 'JAWA TIMUR',
        zone: 'WIB',
        topic: 'DAU',
      })
      expect(by['T-2']).toMatchObject({
        channel: 'phone',
        requester_type: 'kl',
        zone: 'WIT',
        escalated_unit: 'DDIOKK',
        escalated_at: '2025-02-04T02:00:00Z',
        escalated_local_date: '2025-02-04',
        escalated_period: '2025-02',
        l2_responded_at: '2025-02-05T01:00:00Z',
        l2_responded_local_date: '2025-02-05',
      })
      expect(Boolean(by['T-2'].confidential)).toBe(true)
      // 23:30 UTC on 28 Feb is 06:30 on 1 March in Jakarta: the month is Jakarta's.
      expect(by['T-3']).toMatchObject({
        channel: 'livechat',
        period: '2025-03',
        local_date: '2025-03-01',
        local_weekday: 6,
        zone: null,
        province: null,
        topic: 'Pengaduan',
      })
      expect(by['T-4']).toMatchObject({
        channel: 'helpdesk',
        requester_type: 'lainnya',
        created_at: '2025-02-08T02:00:00Z',
        created_local: '2025-02-08 09:00:00',
        escalated_unit: 'DTU',
        zone: null,
      })
      expect(Boolean(by['T-4'].confidential)).toBe(false)
      expect(by['T-5']).toMatchObject({zone: 'WITA', province: 'KALIMANTAN TIMUR'})
    })
  })

  it('re-importing reports every good row unchanged, and the same tickets as JSON Lines change nothing', async () => {
    await db().use(async (store) => {
      const file = write(db().dir, 'tickets.csv', csv([HEADER, ...GOOD, ...BAD]))
      await importRegisterFile(store, 'tickets', file, {rejectsFile: join(db().dir, 'r-{id}.csv')})
      const again = await importRegisterFile(store, 'tickets', file, {rejectsFile: join(db().dir, 'r-{id}.csv')})
      expect(again).toMatchObject({read: 11, loaded: 0, updated: 0, unchanged: 5, rejected: 6})
      const jsonl = write(db().dir, 'tickets.jsonl', asJsonl([...GOOD, ...BAD]))
      const asJson = await importRegisterFile(store, 'tickets', jsonl, {rejectsFile: join(db().dir, 'r-{id}.csv')})
      expect(asJson).toMatchObject({read: 11, loaded: 0, updated: 0, unchanged: 5, rejected: 6})
      const audits = await auditOf(store, 'import.tickets')
      expect(audits).toHaveLength(3)
      expect(audits[2]).toMatchObject({unchanged: 5, updated: 0, updated_keys: [], updated_total: 0})
    })
  })

  it('a changed row updates its record and the change is audited with its key', async () => {
    await db().use(async (store) => {
      await importRegisterFile(store, 'tickets', write(db().dir, 'a.csv', csv([HEADER, ...GOOD])), {
        rejectsFile: join(db().dir, 'r-{id}.csv'),
      })
      const changed = GOOD.map((r) => (r[0] === 'T-5' ? [...r.slice(0, 5), 'DAK Fisik', ...r.slice(6)] : r))
      const s = await importRegisterFile(store, 'tickets', write(db().dir, 'b.csv', csv([HEADER, ...changed])), {
        rejectsFile: join(db().dir, 'r-{id}.csv'),
      })
      expect(s).toMatchObject({read: 5, loaded: 0, updated: 1, unchanged: 4, rejected: 0, rejects_file: null})
      expect(await store.knex('tickets').where({ticket_id: 'T-5'}).first()).toMatchObject({topic: 'DAK Fisik', source_row: 6})
      const audits = await auditOf(store, 'import.tickets')
      expect(audits.at(-1)).toMatchObject({updated: 1, updated_keys: ['T-5'], updated_total: 1, source: join(db().dir, 'b.csv')})
    })
  })

  it('catches a key repeated in a later batch through seen_import, without holding every key', async () => {
    await db().use(async (store) => {
      async function* rows() {
        for (let i = 0; i < 7; i++)
          yield {
            rowNo: i + 2,
            raw: {ticket_id: `K-${i % 5}`, channel: 'email', created_at: '2025-02-03T08:00:00', requester_type: 'pemda', topic: 'DAU'},
          }
      }
      const seen: number[] = []
      const s = await importRows(store, ticketSpec, rows(), {
        source: 'gen',
        rejectsFile: join(db().dir, 'r-{id}.csv'),
        batchSize: 2,
        progress: (p) => seen.push(p.read),
      })
      expect(s).toMatchObject({read: 7, loaded: 5, rejected: 2})
      expect(seen).toEqual([2, 4, 6, 7])
      expect((await rejectsOf(store)).map((r) => r.row_no)).toEqual([7, 8])
      const again = await importRows(store, ticketSpec, rows(), {source: 'gen', rejectsFile: join(db().dir, 'r-{id}.csv'), batchSize: 2})
      expect(again).toMatchObject({read: 7, unchanged: 5, rejected: 2})
    })
  })

  it('a reader failing part-way keeps the committed batches, audits the failure and rethrows', async () => {
    await db().use(async (store) => {
      async function* rows() {
        for (let i = 0; i < 3; i++)
          yield {
            rowNo: i + 2,
            raw: {ticket_id: `F-${i}`, channel: 'email', created_at: '2025-02-03T08:00:00', requester_type: 'pemda', topic: 'DAU'},
          }
        throw new Error('connection lost')
      }
      await expect(
        importRows(store, ticketSpec, rows(), {source: 'gen', rejectsFile: join(db().dir, 'r-{id}.csv'), batchSize: 2}),
      ).rejects.toThrow('connection lost')
      expect(await store.knex('tickets').count({n: '*'}).first()).toMatchObject({n: 2})
      expect(await auditOf(store, 'import.tickets.failed')).toEqual([
        expect.objectContaining({loaded: 2, read: 3, error: 'connection lost'}),
      ])
      expect((await store.knex('imports').first()).finished_at).toBeTruthy()
    })
  })

  it('rejects an unknown topic, an unknown L2 unit and a bad confidential flag with reasons naming the mapping', async () => {
    await db().use(async (store) => {
      const rows = [
        ['U-1', 'email', '2025-02-03T08:15:00', 'pemda', '', 'Astrologi', '', '', '', '', '', ''],
        ['U-2', 'email', '2025-02-03T08:15:00', 'pemda', '', 'DAU', '', '', 'Keuangan', '2025-02-03T09:00:00', '', ''],
        ['U-3', 'email', '2025-02-03T08:15:00', 'pemda', '', 'DAU', '', 'pending', '', '', '', 'maybe'],
        ['U-4', 'email', '2025-02-03', 'pemda', '', 'DAU', '', '', '', '', '', ''],
        // One good row: a file whose every row is rejected is refused as a whole (see import-register.test.ts).
        ['U-5', 'email', '2025-02-03T08:15:00', 'pemda', '', 'DAU', '', '', '', '', '', ''],
      ]
      const s = await importRegisterFile(store, 'tickets', write(db().dir, 'u.csv', csv([HEADER, ...rows])), {
        rejectsFile: join(db().dir, 'r-{id}.csv'),
      })
      expect(s).toMatchObject({read: 5, loaded: 1, rejected: 4})
      const r = await rejectsOf(store)
      expect(r.find((x) => x.row_no === 2)!.reason).toMatch(/topics\.yaml/)
      expect(r.find((x) => x.row_no === 3)!.reason).toMatch(/bukan tim L2 di mappings\/roles\.yaml/)
      expect(
        r
          .filter((x) => x.row_no === 4)
          .map((x) => x.field)
          .sort(),
      ).toEqual(['confidential', 'status'])
      expect(r.find((x) => x.row_no === 5)!.reason).toMatch(/lengkap dengan jam/)
    })
  })

  describe('topics written as people write them', () => {
    afterEach(useShippedMappings)
    const ticket = (id: string, topic: string) => [id, 'email', '2025-02-03T08:15:00', 'pemda', '', topic, '', '', '', '', '', '']

    it('stores the code of a topic written folded, by its label or by an alias, and rejects one that only looks alike', async () => {
      await db().use(async (store) => {
        const rows = [
          ticket('F-1', 'DAK Nonfisik'),
          ticket('F-2', 'dak non-fisik'),
          ticket('F-3', 'JF AKPD'),
          ticket('F-4', 'Ev Keuda'),
          ticket('F-5', 'Dana Alokasi Umum'),
          ticket('F-6', 'Jabatan Fungsional AKPD'),
          ticket('F-7', 'insentif fiskal'),
          // "with" is not "w/": a different word, not a spelling of the code, so no topic is guessed.
          ticket('F-8', 'Better with DJPK'),
        ]
        const s = await importRegisterFile(store, 'tickets', write(db().dir, 'f.csv', csv([HEADER, ...rows])), {
          rejectsFile: join(db().dir, 'r-{id}.csv'),
        })
        expect(s).toMatchObject({read: 8, loaded: 7, rejected: 1})
        const topics = Object.fromEntries(
          (await store.knex('tickets').select('ticket_id', 'topic')).map((r: any) => [r.ticket_id, r.topic]),
        )
        expect(topics).toEqual({
          'F-1': 'DAK Non Fisik',
          'F-2': 'DAK Non Fisik',
          'F-3': 'JFAKPD',
          'F-4': 'Ev. Keuda',
          'F-5': 'DAU',
          'F-6': 'JFAKPD',
          'F-7': 'DID',
        })
        expect(await rejectsOf(store)).toEqual([
          {row_no: 9, field: 'topic', reason: expect.stringMatching(/^"Better with DJPK" bukan topik di mappings\/topics\.yaml/)},
        ])
      })
    })

    it('a ticket written by label after by code is unchanged: the stored code, and so the row hash, is the same', async () => {
      await db().use(async (store) => {
        const opts = {rejectsFile: join(db().dir, 'r-{id}.csv')}
        await importRegisterFile(
          store,
          'tickets',
          write(db().dir, 'a.csv', csv([HEADER, ticket('H-1', 'DAU'), ticket('H-2', 'DAK Non Fisik')])),
          opts,
        )
        const again = await importRegisterFile(
          store,
          'tickets',
          write(db().dir, 'b.csv', csv([HEADER, ticket('H-1', 'Dana Alokasi Umum'), ticket('H-2', 'dak nonfisik')])),
          opts,
        )
        expect(again).toMatchObject({read: 2, loaded: 0, updated: 0, unchanged: 2})
      })
    })

    it("rejects a text that matches two topics' labels, naming both codes, and still resolves each code", async () => {
      useMappingsWith('topics.yaml', withTwinLabel)
      await db().use(async (store) => {
        const rows = [ticket('A-1', 'dana alokasi khusus fisik'), ticket('A-2', 'dak fisik'), ticket('A-3', 'DAK Reguler')]
        const s = await importRegisterFile(store, 'tickets', write(db().dir, 'a.csv', csv([HEADER, ...rows])), {
          rejectsFile: join(db().dir, 'r-{id}.csv'),
        })
        expect(s).toMatchObject({read: 3, loaded: 2, rejected: 1})
        const [reject] = await rejectsOf(store)
        expect(reject).toMatchObject({row_no: 2, field: 'topic'})
        expect(reject.reason).toBe(
          '"dana alokasi khusus fisik" bisa berarti topik "DAK Fisik" atau "DAK Reguler" di mappings/topics.yaml; tulis kode topiknya',
        )
        const stored = await store.knex('tickets').orderBy('ticket_id').select('topic')
        expect(stored.map((r: any) => r.topic)).toEqual(['DAK Fisik', 'DAK Reguler'])
      })
    })
  })
})

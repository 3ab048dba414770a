import {join} from 'node:path'
import ExcelJS from 'exceljs'
import {InputError} from '../../src/errors'
import {importRegisterFile} from '../../src/sources/import-file'
import {withDbs} from '../helpers/dbs'
import {rejectsOf, write} from './helpers'

const HEADER = 'ticket_id,channel,created_at,requester_type,topic'
const ROW = (id: string) => `${id},email,2025-02-03T08:00:00,pemda,DAU`

withDbs('reading register files', (db) => {
  const opts = () => ({rejectsFile: join(db().dir, 'rejects-{id}.csv')})

  async function structural(
    file: string,
    message: RegExp,
    fix: RegExp,
    register: 'tickets' | 'faq' = 'tickets',
    sheet?: string,
  ): Promise<void> {
    await db().use(async (store) => {
      const error = await importRegisterFile(store, register, file, {...opts(), sheet}).then(
        () => undefined,
        (e) => e,
      )
      expect(error).toBeInstanceOf(InputError)
      expect(error.message).toMatch(message)
      expect(error.message).toContain(file.split('/').pop())
      expect(error.fix).toMatch(fix)
      expect(error.exit).toBe(2)
      expect(await store.knex('imports').count({n: '*'}).first()).toMatchObject({n: 0})
      expect(await store.knex('tickets').count({n: '*'}).first()).toMatchObject({n: 0})
    })
  }

  it('reads a BOM, CRLF line ends and a quoted line break', async () => {
    await db().use(async (store) => {
      const text = `\uFEFF${HEADER},subject\r\n${ROW('A')},"baris satu\r\nbaris dua"\r\n${ROW('B')},"kata ""kutip"""\r\n`
      const s = await importRegisterFile(store, 'tickets', write(db().dir, 'crlf.csv', text), opts())
      expect(s).toMatchObject({read: 2, loaded: 2, rejected: 0})
      expect((await store.knex('tickets').where({ticket_id: 'A'}).first()).subject).toBe('baris satu\r\nbaris dua')
      expect((await store.knex('tickets').where({ticket_id: 'B'}).first()).subject).toBe('kata "kutip"')
    })
  })

  it('loads nothing from a header-only file and reports zero rows', async () => {
    await db().use(async (store) => {
      expect(await importRegisterFile(store, 'tickets', write(db().dir, 'header.csv', `${HEADER}\n`), opts())).toEqual({
        import_id: 1,
        read: 0,
        loaded: 0,
        updated: 0,
        unchanged: 0,
        rejected: 0,
        rejects_file: null,
        unresolved_regions: 0,
        empty_regions: 0,
      })
    })
  })

  it('rejects a row with too many fields and a bad JSON line as rows, not as a crash', async () => {
    await db().use(async (store) => {
      const s = await importRegisterFile(
        store,
        'tickets',
        write(db().dir, 'wide.csv', `${HEADER}\n${ROW('A')}\n${ROW('B')},extra\n`),
        opts(),
      )
      expect(s).toMatchObject({read: 2, loaded: 1, rejected: 1})
      expect((await rejectsOf(store))[0]).toMatchObject({row_no: 3, field: '(row)'})
      const lines = [
        JSON.stringify({ticket_id: 'J1', channel: 'email', created_at: '2025-02-03T08:00:00', requester_type: 'pemda', topic: 'DAU'}),
        '{"ticket_id": "J2", broken',
        '',
        '[1,2]',
      ]
      const j = await importRegisterFile(store, 'tickets', write(db().dir, 't.jsonl', lines.join('\r\n')), opts())
      expect(j).toMatchObject({read: 3, loaded: 1, rejected: 2})
      const r = await rejectsOf(store)
      expect(r.map((x) => [x.row_no, x.field])).toEqual([
        [2, '(line)'],
        [4, '(line)'],
      ])
      expect(r[0].reason).toMatch(/bukan JSON yang sah/)
    })
  })

  it('refuses a missing file, an empty file and a missing required column', async () => {
    await structural(join(db().dir, 'none.csv'), /tidak ada/, /periksa path/)
    await structural(write(db().dir, 'empty.csv', ''), /kosong/, /baris header/)
    await structural(write(db().dir, 'bom-only.csv', '\uFEFF\n'), /tidak memuat teks/, /baris judul/)
    await structural(
      write(db().dir, 'cols.csv', 'ticket_id,channel\nA,email\n'),
      /tidak memiliki kolom wajib "created_at", "requester_type", "topic"/,
      /tidak ada yang dimuat/,
    )
  })

  it('refuses semicolon-separated, Latin-1, UTF-16 and NUL-carrying files without loading a row', async () => {
    await structural(
      write(db().dir, 'semi.csv', 'ticket_id;channel;created_at\nA;email;2025\n'),
      /memisahkan kolom dengan ";", bukan ","/,
      /berpemisah koma/,
    )
    const latin1 = Buffer.concat([
      Buffer.from(`${HEADER},region\n${ROW('A')},Kab. Kediri\n${ROW('B')},Kab. `),
      Buffer.from([0x50, 0xe9, 0x6e]),
      Buffer.from('\n'),
    ])
    await structural(write(db().dir, 'latin1.csv', latin1), /bukan UTF-8: baris 3/, /iconv -f WINDOWS-1252 -t UTF-8/)
    await structural(
      write(db().dir, 'utf16.csv', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(HEADER, 'utf16le')])),
      /UTF-16/,
      /UTF-8/,
    )
    await structural(write(db().dir, 'nul.csv', Buffer.from(`${HEADER}\n${ROW('A')}\0\n`)), /byte NUL pada baris 2/, /UTF-8/)
  })

  it('refuses a wrong sheet, a corrupt workbook, an old .xls and --sheet on a CSV', async () => {
    const wb = new ExcelJS.Workbook()
    wb.addWorksheet('FAQ').addRow(['No', 'Topik', 'Pertanyaan', 'Jawaban'])
    const xlsx = join(db().dir, 'faq.xlsx')
    await wb.xlsx.writeFile(xlsx)
    await structural(xlsx, /tidak punya lembar "Lembar9"; lembarnya: FAQ/, /--sheet/, 'faq', 'Lembar9')
    await structural(
      write(db().dir, 'broken.xlsx', 'PK\u0003\u0004 not really a zip'),
      /bukan workbook \.xlsx yang dapat dibaca/,
      /simpan ulang/,
      'faq',
    )
    await structural(write(db().dir, 'old.xls', 'x'), /\.xls lama/, /\.xlsx/, 'faq')
    await structural(
      write(db().dir, 'faq.csv', 'No,Topik,Pertanyaan,Jawaban\n1,DAU,a,b\n'),
      /--sheet hanya berlaku untuk buku kerja \.xlsx/,
      /hapus --sheet/,
      'faq',
      'FAQ',
    )
    const noAnswer = new ExcelJS.Workbook()
    noAnswer.addWorksheet('FAQ').addRow(['No', 'Topik', 'Pertanyaan'])
    const f2 = join(db().dir, 'noanswer.xlsx')
    await noAnswer.xlsx.writeFile(f2)
    await structural(f2, /tidak memiliki kolom wajib "answer" atau "Jawaban"/, /ganti nama judulnya/, 'faq')
  })
})

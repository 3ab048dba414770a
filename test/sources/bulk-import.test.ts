import {join} from 'node:path'
import {importRegisterFile} from '../../src/sources/import-file'
import {Store} from '../../src/store/store'
import {json, runCli} from '../helpers/cli'
import {createTestDb, TestDb, withDbs} from '../helpers/dbs'
import {rejectsOf, write} from './helpers'

const HEADER = 'ticket_id,channel,created_at,requester_type,region,topic,subject,body,confidential'
const ROWS = 5000
/** Rows whose key repeats an earlier one: in the same batch, in the batch before (still committing on MariaDB), and far back. */
const REPEATS: Record<number, number> = {10: 3, 2001: 1999, 4003: 2}

/** A body that gives a CSV reader trouble: quotes, commas, line ends of both kinds, tabs, backslashes, long text. */
function body(i: number): string {
  if (i % 997 === 0) return `${'panjang '.repeat(12_500)}#${i}`
  if (i % 7 === 0) return `baris satu, "dikutip" ${i}\r\nbaris dua\tber-tab \\N \\ akhir`
  if (i % 5 === 0) return `Kapan? ${i}\nbaris kedua; 'kutip tunggal'`
  return `Mohon informasi ${i}, terima kasih.`
}

const key = (i: number) => `R${String(REPEATS[i] ?? i).padStart(5, '0')}`
const quoted = (text: string) => `"${text.replace(/"/g, '""')}"`

/**
 * Several batches of rows, every few a tricky one, so quoted fields span the reader's 64 KB steps; a
 * wide row among them and a malformed quote at the end (earlier, it would run on into the next
 * quoted field, as a spreadsheet reads it too).
 */
function register(): string {
  const lines = [HEADER]
  for (let i = 1; i <= ROWS; i++) {
    const region = ['Kab. Kediri', 'Kota Samarinda', '', 'BPKAD Prov. Papua'][i % 4]
    if (i === ROWS) lines.push(`${key(i)},email,2025-02-03T08:00:00,pemda,,DAU,subjek,"ditutup"lalu teks,false`)
    else if (i === 3500) lines.push(`${key(i)},email,2025-02-03T08:00:00,pemda,,DAU,subjek,isi,false,lebih`)
    else
      lines.push(
        [
          key(i),
          'whatsapp',
          `2025-02-0${1 + (i % 9)}T0${i % 10}:15:00Z`,
          'pemda',
          region,
          'DAU',
          `Subjek ${i}`,
          quoted(body(i)),
          i % 3 ? 'false' : 'true',
        ].join(','),
      )
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`
}

type Row = Record<string, unknown>

async function storedRows(store: Store): Promise<Row[]> {
  const rows: Row[] = await store.knex('tickets').select().orderBy('ticket_id')
  return rows.map((r) => ({...r, confidential: Number(r.confidential)}))
}

withDbs('a large register, read in a worker thread and written in overlapping batches', (db) => {
  const run = (args: string[], url = db().url) => runCli([...args, '--db', url], {cwd: db().dir})
  let other: TestDb | undefined
  // Only `init` creates a store; opening it here initialises it as init would.
  beforeEach(() => db().use(async () => undefined))
  afterEach(async () => {
    await other?.drop()
    other = undefined
  })

  it('stores every row as the single-thread import does, hostile text whole, repeated keys and broken rows rejected', async () => {
    const file = write(db().dir, 'register.csv', register())
    // The built CLI reads, validates and hashes in its worker thread; the import called here (ts-jest) does it in this thread.
    const r = await run(['import', 'tickets', file, '--json'])
    expect(r.stderr).toBe('')
    expect(json(r)).toMatchObject({read: ROWS, loaded: ROWS - 5, rejected: 5})
    other = await createTestDb(db().dialect)
    expect((await runCli(['init', '--db', other.url], {cwd: db().dir})).code).toBe(0)
    const inProcess = await other!.use((s) => importRegisterFile(s, 'tickets', file, {rejectsFile: join(other!.dir, 'r-{id}.csv')}))
    expect(inProcess).toMatchObject({read: ROWS, loaded: ROWS - 5, rejected: 5})

    const viaWorker = await db().use(storedRows)
    expect(await other!.use(storedRows)).toEqual(viaWorker)
    const rejected = await db().use(rejectsOf)
    expect(rejected.map((x) => [x.row_no, x.field])).toEqual([
      [11, 'ticket_id'],
      [2002, 'ticket_id'],
      [3501, '(row)'],
      [4004, 'ticket_id'],
      [ROWS + 1, '(row)'],
    ])
    expect(rejected[0].reason).toMatch(/"R00003" sudah muncul di berkas ini \(baris 4\)/)
    expect(rejected[1].reason).toMatch(/"R01999" sudah muncul di berkas ini/)
    expect(rejected[2].reason).toMatch(/berisi 10 kolom, padahal baris judul 9/)
    expect(rejected[4].reason).toMatch(/tidak dapat dibaca sebagai CSV: ada teks setelah tanda kutip penutup sebuah kolom/)
    expect(await other!.use(rejectsOf)).toEqual(rejected)
    for (const row of viaWorker) {
      const i = Number(String(row.ticket_id).slice(1))
      expect(row.body).toBe(body(i))
    }
    // A repeated key's reject carries the row as read, which the worker kept until asked.
    const raw = await db().use((s) => s.knex('rejects').where({row_no: 2002}).first())
    expect(JSON.parse(raw.raw)).toMatchObject({ticket_id: 'R01999', subject: 'Subjek 2001', body: body(2001)})
    // The same file again changes nothing; two rows changed are updated with what the worker kept of them.
    expect(json(await run(['import', 'tickets', file, '--json']))).toMatchObject({read: ROWS, unchanged: ROWS - 5, loaded: 0, rejected: 5})
    const changed = register().replace(body(2500), 'isi baru 2500').replace('Subjek 4500,', 'Subjek baru,')
    expect(json(await run(['import', 'tickets', write(db().dir, 'changed.csv', changed), '--json']))).toMatchObject({
      read: ROWS,
      updated: 2,
      unchanged: ROWS - 7,
      rejected: 5,
    })
    const after = await db().use((s) => s.knex('tickets').whereIn('ticket_id', ['R02500', 'R04500']).orderBy('ticket_id'))
    expect(after.map((r: Row) => [r.body, r.subject])).toEqual([
      ['isi baru 2500', 'Subjek 2500'],
      [body(4500), 'Subjek baru'],
    ])
  })

  it('updates and repeated keys late in a long register carry the rows as read, parsed again by the worker', async () => {
    const line = (i: number, subject = `Subjek ${i}`) =>
      `L${i},email,2025-02-03T08:00:00Z,pemda,,DAU,${subject},"isi ${i}\r\nbaris dua",false`
    const rows = (edit: (i: number) => string = (i) => line(i)) =>
      `${HEADER}\r\n${Array.from({length: 11_000}, (_, i) => edit(i)).join('\r\n')}\r\n`
    expect(json(await run(['import', 'tickets', write(db().dir, 'long.csv', rows()), '--json']))).toMatchObject({loaded: 11_000})
    // Six batches: the worker has long stopped keeping the text of the first ones when the last is written.
    // Two rows changed (the middle of the file and near its end), and a key from the start repeated near the end.
    const edits: Record<number, string> = {
      5000: line(5000, 'Subjek baru'),
      10_500: line(10_500, 'Subjek baru'),
      10_900: line(3, 'Subjek lain'),
    }
    const changed = rows((i) => edits[i] ?? line(i))
    const r = await run(['import', 'tickets', write(db().dir, 'changed.csv', changed), '--json'])
    expect(r.stderr).toBe('')
    expect(json(r)).toMatchObject({read: 11_000, updated: 2, unchanged: 10_997, rejected: 1})
    const after = await db().use((s) => s.knex('tickets').whereIn('ticket_id', ['L3', 'L5000', 'L10500']).orderBy('ticket_id'))
    expect(after.map((t: Row) => [t.ticket_id, t.subject, t.body])).toEqual([
      ['L10500', 'Subjek baru', 'isi 10500\r\nbaris dua'],
      ['L3', 'Subjek 3', 'isi 3\r\nbaris dua'],
      ['L5000', 'Subjek baru', 'isi 5000\r\nbaris dua'],
    ])
    const reject = await db().use((s) => s.knex('rejects').orderBy('id', 'desc').first())
    expect(reject).toMatchObject({row_no: 10_902, field: 'ticket_id'})
    expect(JSON.parse(reject.raw)).toMatchObject({ticket_id: 'L3', subject: 'Subjek lain', body: 'isi 3\r\nbaris dua'})
  })

  it('--load-data stores exactly what INSERT stores on MariaDB, and is refused on SQLite', async () => {
    const file = write(db().dir, 'register.csv', register())
    const r = await run(['import', 'tickets', file, '--json', '--load-data'])
    if (db().dialect === 'sqlite') {
      expect(r.code).toBe(2)
      expect(r.stdout + r.stderr).toMatch(/--load-data tidak dapat digunakan: LOAD DATA adalah perintah MySQL\/MariaDB/)
      expect(await db().use((s) => s.knex('imports').count({n: '*'}).first())).toMatchObject({n: 0})
      return
    }
    expect(r.stderr).toBe('')
    expect(json(r)).toMatchObject({read: ROWS, loaded: ROWS - 5, rejected: 5})
    other = await createTestDb('mysql')
    expect((await runCli(['init', '--db', other.url], {cwd: db().dir})).code).toBe(0)
    expect(json(await run(['import', 'tickets', file, '--json'], other.url))).toMatchObject({loaded: ROWS - 5})
    expect(await db().use(storedRows)).toEqual(await other!.use(storedRows))
    expect(json(await run(['import', 'tickets', file, '--json', '--load-data']))).toMatchObject({
      unchanged: ROWS - 5,
      loaded: 0,
      rejected: 5,
    })
  })
})

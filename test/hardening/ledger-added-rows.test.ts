import {readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {Knex} from 'knex'
import {tableDigest} from '../../src/audit/ledger'
import type {StoreLocation} from '../../src/store/connection'
import {sqliteDialect} from '../../src/store/dialect/sqlite'
import {mysqlLaneSums, mysqlRowLanes, sqliteLaneSums, sqliteRowLanes} from '../../src/store/dialect/table-digest'
import {mysqlDialect} from '../../src/store/dialect/mysql'
import {runCli} from '../helpers/cli'
import {createTestDb, DIALECTS, TestDb} from '../helpers/dbs'

const FIXTURES = join(__dirname, '..', '..', 'fixtures', 'tickets')

/**
 * Issue #18: an import that only adds rows gives its register's digest from the lanes of the rows it
 * wrote, added to the sums the chain last recorded, instead of reading a million tickets again. Every
 * digest recorded that way must be the one the table gives when read (what `audit verify` does).
 */
describe('lanes of a value as SQLite stores it, worked out before it is written', () => {
  let knex: Knex
  let scratch: TestDb
  beforeAll(async () => {
    scratch = await createTestDb('sqlite')
    knex = sqliteDialect.createKnex({dialect: 'sqlite', file: join(scratch.dir, 'lanes.db')} as StoreLocation)
  })
  afterAll(async () => {
    await knex.destroy()
    await scratch.drop()
  })

  // [declared type, value as the import hands it to the store, whether its stored form is certain]
  const CASES: [string, unknown, boolean][] = [
    ['varchar(16)', 'teks biasa', true],
    ['text', 'baris satu\nbaris dua\ttab "kutip"', true],
    ['text', 'ünïcödé — 😀 \u0000 di tengah', true],
    ['text', '', true],
    ['text', null, true],
    ['varchar(8)', undefined, true],
    ['integer', 42, true],
    ['integer', -7, true],
    ['integer', Number.MAX_SAFE_INTEGER, true],
    ['boolean', true, true],
    ['boolean', false, true],
    ['real', 3, true],
    ['', 'tanpa tipe', true],
    // What SQLite may store otherwise than JavaScript writes it: the table is read after all.
    ['real', 1.5, false],
    ['integer', 0.1 + 0.2, false],
    ['varchar(8)', 12, false],
    ['text', true, false],
    ['integer', '42', false],
    ['boolean', '0', false],
    ['datetime', '2025-01-01 08:00:00', false],
    ['integer', -0, false],
    ['integer', 2 ** 53, false],
  ]

  it.each(CASES)('%s column given %p: certain = %p, and when certain, the lanes the table gives', async (type, value, certain) => {
    const table = `t_${Math.random().toString(36).slice(2, 10)}`
    await knex.raw(`CREATE TABLE "${table}" (k varchar(8) primary key, x ${type})`)
    await knex.transaction(async (trx) => {
      const keyed = await sqliteDialect.keyedTable(trx, table, 'k')
      // The import's own insert path, as it binds values.
      await keyed.insert({columns: ['k', 'x'], rows: [0], values: (_r, into, at) => ((into[at] = 'a'), (into[at + 1] = value))})
    })
    const lanes = sqliteRowLanes([type])
    const into = new Array(lanes.width).fill(0)
    expect(lanes.lanesOf([value], into, 0)).toBe(certain)
    if (certain) expect((await sqliteLaneSums(knex, table, ['x'])).lanes).toEqual(into.map(String))
    else expect(into.every((n) => n === 0)).toBe(true)
  })
})

describe('lanes of a value as MariaDB stores it, worked out before it is written', () => {
  let db: TestDb
  beforeAll(async () => {
    db = await createTestDb('mysql')
    await db.use(async () => {})
  })
  afterAll(() => db.drop())

  // [column type, value as the import hands it to the store, whether its stored form is certain]
  const CASES: [string, unknown, boolean][] = [
    ['varchar(32)', 'teks biasa', true],
    ['varchar(32)', 'spasi di akhir   ', true],
    ['longtext', 'baris satu\nbaris dua\ttab "kutip" \\ garis miring', true],
    ['longtext', 'ünïcödé — 😀 \u0000 di tengah', true],
    ['text', '', true],
    ['text', null, true],
    ['varchar(8)', undefined, true],
    ['int', 42, true],
    ['int', 2147483647, true],
    ['bigint', Number.MAX_SAFE_INTEGER, true],
    ['tinyint(1)', true, true],
    ['tinyint(1)', false, true],
    // What MariaDB may store otherwise than JavaScript writes it: the table is read after all.
    ['int', -7, false],
    ['int', 1.5, false],
    ['varchar(8)', 12, false],
    ['varchar(8)', true, false],
    ['int', '42', false],
    ['char(8)', 'akhir ', false],
    ['datetime', '2025-01-01 08:00:00', false],
    ['decimal(10,2)', 3, false],
    ['tinytext', 'x'.repeat(300), false],
  ]

  for (const mode of ['insert', 'load-data'] as const)
    it.each(CASES)(
      `%s column given %p (${mode}): certain = %p, and when certain, the lanes the table gives`,
      async (type, value, certain) => {
        await db.use(async (store) => {
          const table = `t_${Math.random().toString(36).slice(2, 10)}`
          await store.knex.raw(`CREATE TABLE \`${table}\` (k varchar(8) primary key, x ${type} NULL)`)
          const [[{type: declared}]] = await store.knex.raw(
            'SELECT DATA_TYPE AS type FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? AND COLUMN_NAME = ?',
            [table, 'x'],
          )
          const lanes = mysqlRowLanes([declared])
          const into = new Array(lanes.width).fill(0)
          const isCertain = lanes.lanesOf([value], into, 0)
          expect(isCertain).toBe(certain)
          if (!certain) return expect(into.every((n) => n === 0)).toBe(true)
          await store.knex.transaction(async (trx) => {
            const keyed = await mysqlDialect.keyedTable(trx, table, 'k', mode)
            // The import's own insert path, as it writes values.
            const row = ['a', value]
            await keyed.insert({
              columns: ['k', 'x'],
              rows: [0],
              values: (_r, to, at) => ((to[at] = row[0]), (to[at + 1] = row[1])),
            })
          })
          expect((await mysqlLaneSums(store.knex, table, ['x'])).lanes).toEqual(lanes.totals(into))
        })
      },
    )
})

for (const dialect of DIALECTS) {
  describe(`the digest an import records [${dialect}]`, () => {
    let db: TestDb
    const cli = (args: string[]) => runCli([...args, '--db', db.url], {cwd: db.dir})
    beforeAll(async () => {
      db = await createTestDb(dialect)
      await db.use(async () => {})
    })
    afterAll(() => db.drop())

    /** The tickets digest the last `import.tickets` entry recorded, and the one the table gives now. */
    async function recordedAndRead(): Promise<{recorded: string; read: string}> {
      return db.use(async (store) => {
        const entry = await store.knex('audit_log').where('action', 'import.tickets').orderBy('id', 'desc').first('details')
        return {recorded: JSON.parse(entry.details).state_digests.tickets, read: await tableDigest(store.knex, 'tickets')}
      })
    }

    async function importTickets(file: string): Promise<Record<string, number>> {
      const r = await cli(['import', 'tickets', file, '--json'])
      expect(r.stderr).toBe('')
      expect(r.code).toBe(0)
      return JSON.parse(r.stdout)
    }

    it('is the table as read after a first import, one that adds rows, one with nothing new, and one that changes a row', async () => {
      const first = await importTickets(join(FIXTURES, '2024-02.csv'))
      expect(first.loaded).toBeGreaterThan(0)
      let d = await recordedAndRead()
      expect(d.recorded).toBe(d.read)

      const more = await importTickets(join(FIXTURES, '2024-12.csv'))
      expect(more.loaded).toBeGreaterThan(0)
      d = await recordedAndRead()
      expect(d.recorded).toBe(d.read)

      const same = await importTickets(join(FIXTURES, '2024-12.csv'))
      expect(same.unchanged).toBe(more.loaded)

      const csv = readFileSync(join(FIXTURES, '2024-02.csv'), 'utf8').split('\n')
      csv[1] = csv[1].replace('Penundaan DAU', 'Penundaan DAU (diubah)')
      const changed = join(db.dir, 'changed.csv')
      writeFileSync(changed, csv.join('\n'))
      expect((await importTickets(changed)).updated).toBe(1)
      d = await recordedAndRead()
      expect(d.recorded).toBe(d.read)

      expect((await cli(['audit', 'verify'])).code).toBe(0)
    })
  })
}

for (const dialect of DIALECTS)
  describe(`an import that only adds rows [${dialect}]`, () => {
    let db: TestDb
    beforeAll(async () => (db = await createTestDb(dialect)))
    afterAll(() => db.drop())

    it('does not certify a register edited outside prime-migrate before it: verify names the register, and passes once it is put back', async () => {
      const cli = (args: string[]) => runCli([...args, '--db', db.url], {cwd: db.dir})
      await db.use(async () => {})
      expect((await cli(['import', 'tickets', join(FIXTURES, '2024-02.csv')])).code).toBe(0)
      const edit = (subject: string) => db.use((store) => store.knex('tickets').where('ticket_id', 'CC-202402-0001').update({subject}))
      const original = await db.use(
        async (store) => (await store.knex('tickets').where('ticket_id', 'CC-202402-0001').first('subject')).subject,
      )
      await edit('diubah langsung di basis data')
      expect((await cli(['import', 'tickets', join(FIXTURES, '2025-01.csv')])).code).toBe(0)
      const r = await cli(['audit', 'verify'])
      expect(r.code).toBe(4)
      expect(r.stderr).toMatch(/tickets/)
      await edit(original)
      expect((await cli(['audit', 'verify'])).code).toBe(0)
    })
  })

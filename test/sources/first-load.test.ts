import {join} from 'node:path'
import {importRows} from '../../src/sources/import-rows'
import {ticketSpec} from '../../src/sources/tickets'
import {BulkMode, DuplicateKeyError} from '../../src/store/dialect'
import {Store} from '../../src/store/store'
import {createTestDb, DIALECTS, TestDb, withDbs} from '../helpers/dbs'
import {rejectsOf} from './helpers'

const raw = (key: string) => ({ticket_id: key, channel: 'email', created_at: '2025-02-03T08:00:00', requester_type: 'pemda', topic: 'DAU'})

/** Rows numbered from 2 (after a header), one a key. */
async function* rowsOf(keys: string[]) {
  for (const [i, key] of keys.entries()) yield {rowNo: i + 2, raw: raw(key)}
}

/** The import's look-ups of stored keys, as the store was sent them (knex's query events; MariaDB's go through knex). */
function lookUps(store: Store): {count: () => number} {
  let n = 0
  store.knex.on('query', (q: {sql: string}) => {
    if (/^select .*row_hash.* from `tickets` where `ticket_id` in/i.test(q.sql)) n++
  })
  return {count: () => n}
}

/** A new row as the import writes it, its columns the NOT NULL ones. */
const COLUMNS = [
  'ticket_id',
  'channel',
  'created_at',
  'created_local',
  'period',
  'local_date',
  'local_weekday',
  'local_minute',
  'requester_type',
  'topic',
  'row_hash',
]
const stored = (key: string) => [
  key,
  'email',
  '2025-02-03T01:00:00.000Z',
  '2025-02-03 08:00',
  '2025-02',
  '2025-02-03',
  1,
  480,
  'pemda',
  'DAU',
  'h',
]

/** How each store can take new rows: SQLite has no LOAD DATA. */
const MODES: Record<(typeof DIALECTS)[number], BulkMode[]> = {sqlite: ['insert'], mysql: ['insert', 'load-data']}

const importKeys = (store: Store, dir: string, keys: string[]) =>
  importRows(store, ticketSpec, rowsOf(keys), {source: 'gen', rejectsFile: join(dir, 'r-{id}.csv'), batchSize: 2})

withDbs('a first import into an empty register', (db) => {
  it('takes a key read two batches back as repeated, rejecting it with the row and counting every row once', async () => {
    await db().use(async (store) => {
      // Batches of two: K-0 comes back in the third batch, when the first has committed; K-1 in the fourth.
      const first = await importKeys(store, db().dir, ['K-0', 'K-1', 'K-2', 'K-3', 'K-0', 'K-4', 'K-1'])
      expect(first).toMatchObject({read: 7, loaded: 5, updated: 0, unchanged: 0, rejected: 2})
      const rejects = await rejectsOf(store)
      expect(rejects.map((r) => [r.row_no, r.field])).toEqual([
        [6, 'ticket_id'],
        [8, 'ticket_id'],
      ])
      expect(rejects[0].reason).toMatch(/"K-0" sudah muncul di berkas ini/)
      expect((await store.knex('tickets').orderBy('ticket_id')).map((t: any) => [t.ticket_id, t.source_row])).toEqual([
        ['K-0', 2],
        ['K-1', 3],
        ['K-2', 4],
        ['K-3', 5],
        ['K-4', 7],
      ])
      // The same file again: every key is stored now, so every batch is looked up and nothing changes.
      expect(await importKeys(store, db().dir, ['K-0', 'K-1', 'K-2', 'K-3', 'K-0', 'K-4', 'K-1'])).toMatchObject({
        read: 7,
        loaded: 0,
        unchanged: 5,
        rejected: 2,
      })
    })
  })
})

for (const dialect of DIALECTS)
  describe(`the store refuses a key it holds as a DuplicateKeyError [${dialect}]`, () => {
    let db: TestDb
    beforeEach(async () => {
      db = await createTestDb(dialect)
    })
    afterEach(() => db.drop())

    for (const mode of MODES[dialect])
      it(`by ${mode}, and the batch leaves nothing behind once rolled back`, async () => {
        await db.use(async (store) => {
          await importKeys(store, db.dir, ['D-1', 'D-2'])
          const insert = (trx: any, keys: string[]) =>
            store.dialect.keyedTable(trx, 'tickets', 'ticket_id', mode).then((t) =>
              t.insert({
                columns: COLUMNS,
                rows: keys.map((_, i) => i),
                values: (r, into, at) => into.splice(at, COLUMNS.length, ...stored(keys[r])),
              }),
            )
          const trx = await store.knex.transaction()
          await expect(insert(trx, ['D-3', 'D-2', 'D-4'])).rejects.toBeInstanceOf(DuplicateKeyError)
          await trx.rollback()
          expect((await store.knex('tickets').orderBy('ticket_id')).map((t: any) => t.ticket_id)).toEqual(['D-1', 'D-2'])
        })
      })
  })

describe('the look-ups of a first import [mysql]', () => {
  let db: TestDb
  beforeEach(async () => {
    db = await createTestDb('mysql')
  })
  afterEach(() => db.drop())

  it('looks no key up until one comes back, and every batch after it (MariaDB, whose look-ups go through knex)', async () => {
    await db.use(async (store) => {
      const seen = lookUps(store)
      // Six batches of two; K-1 comes back in the fourth batch (rows 8 and 9).
      await importKeys(store, db.dir, ['K-0', 'K-1', 'K-2', 'K-3', 'K-4', 'K-5', 'K-6', 'K-1', 'K-7', 'K-8', 'K-9', 'K-10'])
      // The fourth batch written again with its look-up, then the fifth and sixth: three.
      expect(seen.count()).toBe(3)
      expect((await rejectsOf(store)).map((r) => r.row_no)).toEqual([9])
    })
  })

  it('looks every batch up when the register already holds rows', async () => {
    await db.use(async (store) => {
      await importKeys(store, db.dir, ['A-1'])
      const seen = lookUps(store)
      expect(await importKeys(store, db.dir, ['K-0', 'K-1', 'K-2', 'K-3', 'A-1'])).toMatchObject({loaded: 4, unchanged: 1})
      expect(seen.count()).toBe(3)
    })
  })
})

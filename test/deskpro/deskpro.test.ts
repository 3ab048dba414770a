import {readFileSync, rmSync} from 'node:fs'
import {join} from 'node:path'
import {clearMappingCache} from '../../src/mappings/load'
import {importDeskpro, sinceUtc} from '../../src/sources/deskpro'
import {ticketSpec} from '../../src/sources/tickets'
import {FEB_2025} from '../../src/fixtures/seed-figures'
import {withDbs} from '../helpers/dbs'
import {mappingsCopy} from '../helpers/mappings'
import {COMPARED_FIELDS, createDeskproSource, registerRows, runSql} from './source'

const HIDDEN = 5
const csvRows = registerRows

async function countBy(knex: any, column: string, where: Record<string, unknown> = {}): Promise<Record<string, number>> {
  const rows = await knex('tickets').where(where).whereNotNull(column).select(column).count({n: '*'}).groupBy(column)
  return Object.fromEntries(rows.map((r: any) => [r[column], Number(r.n)]))
}

withDbs('Deskpro import', (db) => {
  let source: {url: string; drop(): Promise<void>}
  beforeEach(async () => {
    source = await createDeskproSource()
  })
  afterEach(async () => {
    await source?.drop()
  })

  it('imports the February 2025 fixture with zero rejects, hidden tickets excluded, counts as the seed', async () => {
    await db().use(async (store) => {
      const s = await importDeskpro(store, source.url, {rejectsFile: join(db().dir, 'rejects-{id}.csv')})
      expect(s).toMatchObject({read: 926, loaded: 926, updated: 0, unchanged: 0, rejected: 0, excluded: HIDDEN, rejects_file: null})
      const {knex} = store
      expect(Number((await knex('tickets').count({n: '*'}))[0].n)).toBe(926)
      expect(
        await knex('tickets')
          .where('ticket_id', 'like', '%-H%')
          .count({n: '*'})
          .then((r: any) => Number(r[0].n)),
      ).toBe(0)
      expect(await countBy(knex, 'channel', {period: '2025-02'})).toEqual(FEB_2025.channels)
      expect(await countBy(knex, 'requester_type', {period: '2025-02'})).toEqual(FEB_2025.requesterTypes)
      const units = Object.fromEntries(
        Object.entries(FEB_2025.escalations).map(([u, s]) => [u, Object.values(s).reduce((a, b) => a + b, 0)]),
      )
      expect(await countBy(knex, 'escalated_unit', {escalated_period: '2025-02'})).toEqual(units)
      expect(Number((await knex('tickets').whereNotNull('escalated_unit').whereNull('l2_responded_at').count({n: '*'}))[0].n)).toBe(0)
      expect(Number((await knex('tickets').whereNull('zone').count({n: '*'}))[0].n)).toBe(58)
      expect(Number((await knex('tickets').where({topic: 'Pengaduan', confidential: true}).count({n: '*'}))[0].n)).toBe(7)
      expect(Number((await knex('tickets').where({confidential: true}).count({n: '*'}))[0].n)).toBe(7)
    })
  })

  it('gives every ticket the same register fields as the February 2025 csv', async () => {
    await db().use(async (store) => {
      await importDeskpro(store, source.url, {rejectsFile: join(db().dir, 'rejects-{id}.csv')})
      const stored = new Map((await store.knex('tickets').select()).map((r: any) => [r.ticket_id, r]))
      for (const raw of csvRows()) {
        const want = ticketSpec.validate(raw, 0).record!
        const got = stored.get(raw.ticket_id)
        expect(got).toBeDefined()
        for (const f of COMPARED_FIELDS) expect([raw.ticket_id, f, got[f]]).toEqual([raw.ticket_id, f, want[f]])
        expect(Boolean(got.confidential)).toBe(want.confidential)
      }
    })
  })

  it('re-imports everything unchanged, also when read in small keyset pages', async () => {
    const mappings = mappingsCopy('deskpro.yaml', (t) => t.replace(/batch_size: \d+/, 'batch_size: 97'))
    const store = await db().open()
    try {
      await importDeskpro(store, source.url, {rejectsFile: join(db().dir, 'rejects-{id}.csv')})
      process.env.PRIME_MIGRATE_MAPPINGS = mappings
      clearMappingCache()
      const progress: number[] = []
      const again = await importDeskpro(store, source.url, {
        rejectsFile: join(db().dir, 'rejects-{id}.csv'),
        progress: (p) => progress.push(p.read),
      })
      expect(again).toMatchObject({read: 926, loaded: 0, updated: 0, unchanged: 926, rejected: 0, excluded: HIDDEN})
      expect(progress[progress.length - 1]).toBe(926)
      const audit = await store.knex('audit_log').where('action', 'import.tickets').count({n: '*'})
      expect(Number(audit[0].n)).toBe(2)
    } finally {
      delete process.env.PRIME_MIGRATE_MAPPINGS
      clearMappingCache()
      rmSync(mappings, {recursive: true, force: true})
      await store.close()
    }
  })

  it('reads with a user that may only SELECT, and --since counts from Jakarta midnight', async () => {
    const dbName = source.url.slice(source.url.lastIndexOf('/') + 1)
    const user = `pm_ro_${process.pid}_${db().dialect}`
    await runSql(
      source.url,
      `DROP USER IF EXISTS '${user}'@'%'; CREATE USER '${user}'@'%' IDENTIFIED BY 'pa:ss w0rd'; GRANT SELECT ON \`${dbName}\`.* TO '${user}'@'%';`,
    )
    const store = await db().open()
    try {
      const readOnly = source.url.replace('mysql://root@', `mysql://${user}:${encodeURIComponent('pa:ss w0rd')}@`)
      const s = await importDeskpro(store, readOnly, {since: '2025-02-15', rejectsFile: join(db().dir, 'rejects-{id}.csv')})
      const expected = csvRows().filter((r) => ticketSpec.validate(r, 0).record!.local_date >= '2025-02-15').length
      expect(expected).toBeGreaterThan(300)
      expect(s).toMatchObject({read: expected, loaded: expected, rejected: 0})
      expect(Number((await store.knex('tickets').where('local_date', '<', '2025-02-15').count({n: '*'}))[0].n)).toBe(0)
      const audit = await store.knex('audit_log').where('action', 'import.tickets').first()
      expect(audit.details).not.toContain('pa:ss')
    } finally {
      await store.close()
      await runSql(source.url, `DROP USER IF EXISTS '${user}'@'%'`)
    }
  })

  it('rejects tickets whose Deskpro values do not map, naming the Deskpro ticket id as the row', async () => {
    await runSql(
      source.url,
      [
        'UPDATE tickets SET category_id = NULL WHERE id = 3',
        "DELETE FROM custom_data_ticket WHERE ticket_id = 5 AND root_field_id = (SELECT id FROM custom_def_ticket WHERE title = 'Kanal')",
        "INSERT INTO custom_def_ticket (parent_id, title) SELECT id, 'Faksimili' FROM custom_def_ticket WHERE title = 'Kanal'",
        "UPDATE custom_data_ticket SET field_id = (SELECT id FROM custom_def_ticket WHERE title = 'Faksimili') WHERE ticket_id = 7 AND root_field_id = (SELECT id FROM custom_def_ticket WHERE title = 'Kanal')",
      ].join(';\n'),
    )
    await db().use(async (store) => {
      const s = await importDeskpro(store, source.url, {rejectsFile: join(db().dir, 'rejects-{id}.csv')})
      expect(s).toMatchObject({read: 926, loaded: 923, rejected: 3, excluded: HIDDEN})
      const rejects = await store.knex('rejects').select('row_no', 'field', 'reason').orderBy('row_no')
      expect(rejects.map((r: any) => [Number(r.row_no), r.field])).toEqual([
        [3, 'topic'],
        [5, 'channel'],
        [7, 'channel'],
      ])
      expect(rejects[2].reason).toContain('Faksimili')
      expect(readFileSync(s.rejects_file!, 'utf8')).toContain('Faksimili')
    })
  })

  it('never shows the password when the source refuses the connection', async () => {
    await db().use(async (store) => {
      const wrong = source.url.replace('mysql://root@', 'mysql://root:Sup3rSecret@')
      const error = await importDeskpro(store, wrong, {}).catch((e) => e)
      expect(error).toBeInstanceOf(Error)
      expect(error.message).toMatch(/cannot read the Deskpro database|tidak dapat membaca database Deskpro/)
      expect(error.message).toContain('***')
      expect(error.message).not.toContain('Sup3rSecret')
      expect(error.exit).toBe(1)
      expect(Number((await store.knex('tickets').count({n: '*'}))[0].n)).toBe(0)
    })
  })
})

describe('Deskpro --since', () => {
  it('is Jakarta midnight in UTC, and refuses what is not a date', () => {
    expect(sinceUtc('2025-02-01')).toBe('2025-01-31 17:00:00')
    expect(() => sinceUtc('01/02/2025')).toThrow(/bukan tanggal YYYY-MM-DD/)
  })
})

import {rmSync} from 'node:fs'
import {join} from 'node:path'
import {FIXTURE_ERAS, FixtureEra, HIDDEN_BY_ERA} from '../../src/fixtures/deskpro-eras'
import {metricsReport} from '../../src/metrics/report'
import {importDeskpro} from '../../src/sources/deskpro'
import {importRegisterFile} from '../../src/sources/import-file'
import {ticketSpec} from '../../src/sources/tickets'
import {Store} from '../../src/store/store'
import {createTestDb, withDbs} from '../helpers/dbs'
import {useMappingsWith, useShippedMappings} from '../helpers/mappings'
import {COMPARED_FIELDS, createDeskproSource, createReadOnlyUser, querySql, REGISTER_CSV, registerRows, runSql} from './source'

const csvRows = registerRows

/** The ticket counts and escalation metrics of February 2025, as `report metrics --json` gives them. */
async function ticketFigures(store: Store): Promise<string[]> {
  const {rows} = await metricsReport(store, {from: '2025-02', to: '2025-02'})
  return rows
    .filter((r) => r.metric.startsWith('tickets.') || r.metric.startsWith('escalations.'))
    .map((r) => `${r.period} ${r.metric} ${r.dimension} ${r.value}`)
    .sort()
}

/** A copy of mappings/ with deskpro.yaml changed by `edit`, in force until `restore`. */
function useDeskproMapping(edit: (yaml: string) => string): {restore(): void} {
  const dir = useMappingsWith('deskpro.yaml', edit)
  return {
    restore() {
      useShippedMappings()
      rmSync(dir, {recursive: true, force: true})
    },
  }
}

// Deskpro 5's fixture names topics by department, as some installs do; mappings/deskpro.yaml says so.
const byDepartment = (yaml: string) => yaml.replace(/^topic_from: category$/m, 'topic_from: department')
const mappingFor = (era: FixtureEra) => (era === 'v5' ? useDeskproMapping(byDepartment) : {restore() {}})

let registerFigures: string[]
beforeAll(async () => {
  const reg = await createTestDb('sqlite')
  const store = await reg.open()
  try {
    const s = await importRegisterFile(store, 'tickets', REGISTER_CSV, {rejectsFile: join(reg.dir, 'rejects.csv')})
    expect(s).toMatchObject({read: 926, loaded: 926, rejected: 0})
    registerFigures = await ticketFigures(store)
  } finally {
    await store.close()
    await reg.drop()
  }
})

describe.each(FIXTURE_ERAS)('Deskpro %s fixture', (era) => {
  let source: {url: string; drop(): Promise<void>}
  let reader: {url: string; drop(): Promise<void>}
  beforeAll(async () => {
    source = await createDeskproSource(era)
    reader = await createReadOnlyUser(source.url, era.replace('+', ''))
  })
  afterAll(async () => {
    await reader?.drop()
    await source?.drop()
  })

  withDbs(`import of the ${era} fixture`, (db) => {
    it('reads through a SELECT-only user: 0 rejects, hidden tickets counted by sub-status, the register figures exactly', async () => {
      const mapping = mappingFor(era)
      const store = await db().open()
      try {
        const s = await importDeskpro(store, reader.url, {rejectsFile: join(db().dir, 'rejects-{id}.csv')})
        const hidden = HIDDEN_BY_ERA[era]
        expect(s).toMatchObject({read: 926, loaded: 926, updated: 0, unchanged: 0, rejected: 0, rejects_file: null})
        expect(s.excluded).toBe(Object.values(hidden).reduce((a, b) => a + b, 0))
        expect(s.excluded_by).toEqual(hidden)
        expect(s.era).toBe(era === '2019' ? '2019+' : era)
        expect(s.sub_status_unknown).toBe(false)
        expect(s.unresolved_emails).toEqual([])
        expect(await ticketFigures(store)).toEqual(registerFigures)
      } finally {
        mapping.restore()
        await store.close()
      }
    })

    it("gives every ticket the register's fields: its own e-mail, plain-text body, displayed agent, open when pending or held", async () => {
      const mapping = mappingFor(era)
      const store = await db().open()
      try {
        await importDeskpro(store, reader.url, {rejectsFile: join(db().dir, 'rejects-{id}.csv')})
        const stored = new Map((await store.knex('tickets').select()).map((r: any) => [r.ticket_id, r]))
        for (const raw of csvRows()) {
          const want = ticketSpec.validate(raw, 0).record!
          const got = stored.get(raw.ticket_id)
          expect(got).toBeDefined()
          for (const f of COMPARED_FIELDS) expect([raw.ticket_id, f, got[f]]).toEqual([raw.ticket_id, f, want[f]])
          expect([raw.ticket_id, Boolean(got.confidential)]).toEqual([raw.ticket_id, want.confidential])
        }
      } finally {
        mapping.restore()
        await store.close()
      }
    })
  })

  it('has the cases the reader must handle', async () => {
    const one = async (sql: string) => Number(Object.values((await querySql<Record<string, unknown>>(source.url, sql))[0])[0])
    // Requesters with two addresses, the ticket's not the lowest id; found via person_email_id or else primary_email_id.
    expect(
      await one('SELECT COUNT(*) FROM people p WHERE (SELECT COUNT(*) FROM people_emails e WHERE e.person_id = p.id) = 2'),
    ).toBeGreaterThan(900)
    expect(await one('SELECT COUNT(*) FROM tickets WHERE person_email_id IS NULL')).toBeGreaterThan(100)
    expect(await one("SELECT COUNT(*) FROM people WHERE is_agent = 1 AND override_display_name <> ''")).toBe(4)
    expect(await one("SELECT COUNT(*) FROM tickets_messages WHERE message LIKE '%[attach:%'")).toBeGreaterThan(100)
    expect(await one("SELECT COUNT(*) FROM tickets_messages WHERE message LIKE '%&amp;%' OR message LIKE '%&nbsp;%'")).toBeGreaterThan(100)
    expect(await one('SELECT COUNT(*) FROM tickets_logs WHERE trigger_id IS NOT NULL AND id_after <> 1')).toBeGreaterThan(5)
    expect(await one('SELECT COUNT(*) FROM tickets_logs WHERE id_after = 2')).toBeGreaterThan(5)
    expect(
      await one(
        'SELECT COUNT(*) FROM tickets t JOIN tickets_messages m ON m.ticket_id = t.id AND m.is_agent_note = 1 AND m.id = (SELECT MIN(id) FROM tickets_messages WHERE ticket_id = t.id)',
      ),
    ).toBeGreaterThan(10)
    if (era === '2019') {
      expect(await one("SELECT COUNT(*) FROM tickets WHERE status = 'pending'")).toBeGreaterThan(0)
      expect(
        await one('SELECT COUNT(*) FROM tickets t JOIN ticket_statuses s ON s.id = t.ticket_status_id WHERE s.parent_id IS NOT NULL'),
      ).toBeGreaterThan(1)
      expect(await one('SELECT COUNT(*) FROM tickets WHERE hidden_status IS NOT NULL')).toBe(0)
    } else expect(await one("SELECT COUNT(*) FROM tickets WHERE is_hold = 1 AND status LIKE 'awaiting%'")).toBeGreaterThan(0)
  })
})

describe('Deskpro 2019+ variations', () => {
  let source: {url: string; drop(): Promise<void>}
  beforeEach(async () => {
    source = await createDeskproSource('2019')
  })
  afterEach(async () => {
    await source?.drop()
  })

  withDbs('Deskpro 2019+ reader', (db) => {
    it('refuses, naming both, a ticket whose single-choice field holds two different options; other multi-select rows load', async () => {
      await runSql(
        source.url,
        "INSERT INTO custom_data_ticket (ticket_id, field_id, root_field_id, value, input) SELECT 12, o.id, o.parent_id, 1, '' FROM custom_def_ticket o JOIN custom_def_ticket f ON f.id = o.parent_id WHERE f.title = 'Kanal' AND o.title = 'Live Chat' AND NOT EXISTS (SELECT 1 FROM custom_data_ticket d WHERE d.ticket_id = 12 AND d.field_id = o.id)",
      )
      await db().use(async (store) => {
        const s = await importDeskpro(store, source.url, {rejectsFile: join(db().dir, 'rejects-{id}.csv')})
        expect(s).toMatchObject({read: 926, loaded: 925, rejected: 1})
        const reject = await store.knex('rejects').first()
        expect([Number(reject.row_no), reject.field]).toEqual([12, 'channel'])
        expect(reject.reason).toMatch(/Kanal/)
        expect(reject.reason).toMatch(/Live Chat/)
      })
    })

    it('counts hidden tickets as "unknown" and says so when no foreign key ties tickets to ticket_statuses', async () => {
      await runSql(source.url, 'ALTER TABLE tickets DROP FOREIGN KEY FK_tickets_ticket_status')
      await db().use(async (store) => {
        const s = await importDeskpro(store, source.url, {rejectsFile: join(db().dir, 'rejects-{id}.csv')})
        expect(s).toMatchObject({loaded: 926, rejected: 0, excluded: 6, excluded_by: {unknown: 6}, sub_status_unknown: true})
      })
    })

    it('takes L2 teams by the names mappings/deskpro.yaml gives them; other teams are ignored, never refused', async () => {
      await runSql(source.url, "UPDATE agent_teams SET name = 'Tim Dana Transfer Umum' WHERE name = 'DTU'")
      await db().use(async (store) => {
        const before = await importDeskpro(store, source.url, {rejectsFile: join(db().dir, 'rejects-{id}.csv')})
        expect(before).toMatchObject({loaded: 926, rejected: 0})
        expect(Number((await store.knex('tickets').where({escalated_unit: 'DTU'}).count({n: '*'}))[0].n)).toBe(0)
        const mapping = useDeskproMapping((y) => y.replace(/^teams: \{\}$/m, 'teams:\n  Tim Dana Transfer Umum: DTU'))
        try {
          const after = await importDeskpro(store, source.url, {rejectsFile: join(db().dir, 'rejects-{id}.csv')})
          expect(after).toMatchObject({rejected: 0, loaded: 0})
          expect(after.updated).toBeGreaterThan(10)
          expect(await ticketFigures(store)).toEqual(registerFigures)
        } finally {
          mapping.restore()
        }
      })
    })

    it('says which tables are missing when the database is not a Deskpro one', async () => {
      await runSql(source.url, 'DROP TABLE tickets_logs; DROP TABLE custom_data_ticket')
      await db().use(async (store) => {
        const error = await importDeskpro(store, source.url, {}).catch((e) => e)
        expect(error.exit).toBe(2)
        expect(error.message).toMatch(/tickets_logs, custom_data_ticket|custom_data_ticket, tickets_logs/)
        expect(Number((await store.knex('tickets').count({n: '*'}))[0].n)).toBe(0)
      })
    })
  })
})

import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {parse} from 'csv-parse/sync'
import {packageRoot} from '../../src/util/paths'
import {json, runCli} from '../helpers/cli'
import {createTestDb, TestDb, withDbs} from '../helpers/dbs'
import {createDeskproSource, createReadOnlyUser, querySql} from './source'

const figures = (rows: {period: string; metric: string; dimension: string; value: number}[]) =>
  rows
    .filter((r) => r.metric.startsWith('tickets.') || r.metric.startsWith('escalations.'))
    .map((r) => `${r.period} ${r.metric} ${r.dimension} ${r.value}`)
    .sort()

interface ArchiveRow {
  ticket_id: string
  requester_email: string | null
  body: string | null
  agent: string | null
  status: string | null
  confidential: boolean
}

// The Done-when of issue 16, as a person runs it: a 2019+ database read by a SELECT-only user.
describe('import tickets --deskpro on a Deskpro 2019+ database, as a user', () => {
  let source: {url: string; drop(): Promise<void>}
  let reader: {url: string; drop(): Promise<void>}
  let register: TestDb
  let registerFigures: string[]
  beforeAll(async () => {
    source = await createDeskproSource('2019')
    reader = await createReadOnlyUser(source.url, 'cli')
    register = await createTestDb('sqlite')
    expect((await runCli(['init', '--db', register.url])).code).toBe(0)
    const csv = join(packageRoot(), 'fixtures', 'tickets', '2025-02.csv')
    expect((await runCli(['import', 'tickets', csv, '--db', register.url])).code).toBe(0)
    const report = await runCli(['report', 'metrics', '--json', '--from', '2025-02', '--to', '2025-02', '--db', register.url])
    registerFigures = figures(json(report).rows)
  })
  afterAll(async () => {
    await register?.drop()
    await reader?.drop()
    await source?.drop()
  })

  withDbs('Deskpro 2019+ through the CLI', (db) => {
    it("imports with 0 rejects, gives the register's figures, and the archive carries each ticket's own e-mail, text and agent", async () => {
      expect((await runCli(['init', '--db', db().url])).code).toBe(0)
      const imported = await runCli(['import', 'tickets', '--deskpro', reader.url, '--db', db().url])
      expect(imported.code).toBe(0)
      expect(imported.stdout).toMatch(/926 baris dibaca: 926 dimuat, 0 diperbarui, 0 tidak berubah, 0 ditolak; 6 dikecualikan/)
      expect(imported.stdout).toMatch(/Deskpro 2019\+/)
      expect(imported.stdout).toMatch(/per sub-status: deleted 3, spam 3/)
      expect(imported.stdout + imported.stderr).not.toContain('baca:saja')

      const again = await runCli(['import', 'tickets', '--deskpro', reader.url, '--json', '--db', db().url])
      expect(json(again)).toMatchObject({
        read: 926,
        unchanged: 926,
        rejected: 0,
        excluded: 6,
        era: '2019+',
        excluded_by: {deleted: 3, spam: 3},
      })

      const report = await runCli(['report', 'metrics', '--json', '--from', '2025-02', '--to', '2025-02', '--db', db().url])
      expect(figures(json(report).rows)).toEqual(registerFigures)

      const out = join(db().dir, 'arsip')
      const exported = await runCli(['tickets', 'export', '--out', out, '--db', db().url])
      expect(exported.code).toBe(0)
      const archived = new Map<string, ArchiveRow>(
        readFileSync(join(out, 'tickets', '2025-02.jsonl'), 'utf8')
          .trim()
          .split('\n')
          .map((line) => JSON.parse(line) as ArchiveRow)
          .map((r) => [r.ticket_id, r]),
      )
      expect(archived.size).toBe(926)
      const wanted = (
        parse(readFileSync(join(packageRoot(), 'fixtures', 'tickets', '2025-02.csv'), 'utf8'), {columns: true}) as {ticket_id: string}[]
      ).map((r) => r.ticket_id)
      expect([...archived.keys()].sort()).toEqual(wanted.sort())

      // The cases, ticket by ticket, as the source holds them.
      const cases = await querySql<{ref: string; own: string; primary_email: string; via_primary: number; agent: string; html: string}>(
        source.url,
        `SELECT t.ref, te.email AS own, pe.email AS primary_email, t.person_email_id IS NULL AS via_primary,
                COALESCE(NULLIF(a.override_display_name, ''), a.name) AS agent, m.message AS html
           FROM tickets t JOIN people p ON p.id = t.person_id JOIN people_emails pe ON pe.id = p.primary_email_id
           LEFT JOIN people_emails te ON te.id = t.person_email_id JOIN people a ON a.id = t.agent_id
           JOIN tickets_messages m ON m.id = (SELECT MIN(id) FROM tickets_messages WHERE ticket_id = t.id AND is_agent_note = 0)
          WHERE t.status <> 'hidden'`,
      )
      let viaPrimary = 0
      let html = 0
      for (const c of cases) {
        const row = archived.get(c.ref)!
        if (row.confidential) {
          expect(row.requester_email).toBeNull()
          continue
        }
        expect([c.ref, row.requester_email]).toEqual([c.ref, c.via_primary ? c.primary_email : c.own])
        if (!c.via_primary) expect(row.requester_email).not.toBe(c.primary_email)
        expect([c.ref, row.agent]).toEqual([c.ref, c.agent])
        expect(row.body).not.toMatch(/<|&amp;|&nbsp;|\[attach:/)
        if (c.via_primary) viaPrimary++
        if (/\[attach:|&nbsp;|<br/.test(c.html)) html++
      }
      expect(viaPrimary).toBeGreaterThan(100)
      expect(html).toBeGreaterThan(300)
      expect(new Set([...archived.values()].map((r) => r.agent))).toEqual(new Set(['Linna', 'Hanna', 'Dian', 'Horas', 'Ronald']))
    })
  })
})

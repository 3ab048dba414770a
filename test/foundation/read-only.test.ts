import {existsSync} from 'node:fs'
import {join} from 'node:path'
import knexFactory from 'knex'
import {planSteps} from '../../src/plan/definition'
import {openStore} from '../../src/store/store'
import {createTestDb, DIALECTS, TestDb} from '../helpers/dbs'
import {json, runCli} from '../helpers/cli'

const READS = [
  ['status'],
  ['plan'],
  ['roles', 'show'],
  ['channels', 'list'],
  ['report', 'metrics', '--json'],
  ['audit', 'verify'],
  ['run', '--dry-run'],
]
const WRITES = [['run'], ['signoff', 'project_lead', '--name', 'Dian'], ['roles', 'map'], ['tickets', 'verify', 'arsip']]

/** Tables in a MariaDB database: none in one nobody initialised. */
async function mysqlTables(url: string): Promise<number> {
  const knex = knexFactory({client: 'mysql2', connection: url, pool: {min: 0, max: 1}})
  try {
    const [rows] = await knex.raw('SHOW TABLES')
    return rows.length
  } finally {
    await knex.destroy()
  }
}

for (const dialect of DIALECTS) {
  describe(`reads never write; only init creates the store [${dialect}]`, () => {
    let db: TestDb
    beforeEach(async () => {
      db = await createTestDb(dialect)
    })
    afterEach(async () => {
      await db.drop()
    })
    // For SQLite a store in a folder that does not exist yet: nothing may create either.
    const url = () => (dialect === 'sqlite' ? `sqlite:${join(db.dir, 'nieuw', 'state.db')}` : db.url)
    const nothingCreated = async () => {
      if (dialect === 'sqlite') expect(existsSync(join(db.dir, 'nieuw'))).toBe(false)
      else expect(await mysqlTables(db.url)).toBe(0)
    }

    it('every command but init exits 2 on a store never initialised, says to run init, and creates nothing', async () => {
      for (const args of [...READS, ...WRITES]) {
        const r = await runCli([...args, '--db', url()], {cwd: db.dir})
        expect({args, code: r.code}).toEqual({args, code: 2})
        expect(r.stderr + r.stdout).toContain('jalankan `prime-migrate init` terlebih dahulu')
        await nothingCreated()
      }
      const asJson = await runCli(['status', '--db', url(), '--json'])
      expect(json(asJson).error).toMatchObject({exit: 2, fix: expect.stringContaining('prime-migrate init')})
      await nothingCreated()
    })

    it('init creates the plan once, with the cutover it was given, and --json says what it did', async () => {
      const first = await runCli(['init', '--cutover', '2025-07-15', '--db', url(), '--json'])
      expect(first.code).toBe(0)
      expect(json(first)).toMatchObject({
        store_created: true,
        cutover: '2025-07-15',
        previous_cutover: null,
        cutover_changed: true,
        steps_created: planSteps().length,
      })
      expect(json(first).migrations_applied).toBeGreaterThan(0)
      const again = json(await runCli(['init', '--db', url(), '--json']))
      expect(again).toMatchObject({
        store_created: false,
        migrations_applied: 0,
        cutover: '2025-07-15',
        cutover_changed: false,
        steps_created: 0,
      })

      const store = await openStore({db: url(), actor: 'tester', command: 'test', mode: 'read'})
      try {
        const entries = await store.knex('audit_log').where({action: 'plan.initialised'})
        expect(entries).toHaveLength(1)
        expect(JSON.parse(entries[0].details)).toMatchObject({
          cutover: '2025-07-15',
          previous_cutover: null,
          steps_created: planSteps().length,
        })
        expect(await store.knex('plan_steps').count({n: '*'})).toEqual([{n: planSteps().length}])
      } finally {
        await store.close()
      }
    })

    it('status, plan and audit verify on an initialised store write nothing', async () => {
      expect((await runCli(['init', '--db', url()])).code).toBe(0)
      const count = async () => {
        const store = await openStore({db: url(), actor: 'tester', command: 'test', mode: 'read'})
        try {
          return await store.knex('audit_log').count({n: '*'})
        } finally {
          await store.close()
        }
      }
      const before = await count()
      for (const args of READS) expect((await runCli([...args, '--db', url()], {cwd: db.dir})).code).not.toBe(1)
      expect(await count()).toEqual(before)
    })
  })
}

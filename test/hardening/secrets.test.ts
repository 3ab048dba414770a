import {spawnSync} from 'node:child_process'
import {mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import knexFactory from 'knex'
import {CliResult, runCli} from '../helpers/cli'
import {createMysqlDatabase, dropMysqlDatabase, MYSQL_ROOT} from '../helpers/dbs'
import {createDeskproSource} from '../deskpro/source'

const USER = `pm_sec_${process.pid}`

/**
 * Passwords as people type them into a URL: plain; with an unencoded `@` (the driver reads the last `@`
 * as the host's start, so the whole of it is the password); with a space. Each part must stay hidden.
 */
const PASSWORDS = [
  {password: 'Rahasia_S3cr3t_9Qz', parts: ['Rahasia_S3cr3t_9Qz']},
  {password: 'Rahasia@Bocor9', parts: ['Rahasia@Bocor9', 'Bocor9', 'Rahasia%40Bocor9']},
  {password: 'Rahasia Bocor9', parts: ['Rahasia Bocor9', 'Bocor9', 'Rahasia%20Bocor9']},
]

function withPassword(url: string, password: string, host = '127.0.0.1:3306'): string {
  const db = url.slice(url.lastIndexOf('/') + 1)
  return `mysql://${USER}:${password}@${host}/${db}`
}

async function admin<T>(fn: (k: ReturnType<typeof knexFactory>) => Promise<T>): Promise<T> {
  const k = knexFactory({client: 'mysql2', connection: MYSQL_ROOT.replace(/\/[^/]*$/, '/'), pool: {min: 0, max: 1}})
  try {
    return await fn(k)
  } finally {
    await k.destroy()
  }
}

/** Every file under a folder, with xlsx files unzipped, as one text to search. */
function everything(dir: string): string {
  let text = ''
  const walk = (d: string) => {
    for (const f of readdirSync(d)) {
      const p = join(d, f)
      if (statSync(p).isDirectory()) walk(p)
      else if (f.endsWith('.xlsx')) text += spawnSync('unzip', ['-p', p], {encoding: 'latin1', maxBuffer: 1 << 28}).stdout
      else text += readFileSync(p, 'latin1')
    }
  }
  walk(dir)
  return text
}

describe.each(PASSWORDS)('the store and Deskpro passwords never leak [mysql, password $password]', ({password: PASS, parts}) => {
  let store: string
  let deskpro: {url: string; drop(): Promise<void>}
  let dir: string
  beforeAll(async () => {
    store = await createMysqlDatabase()
    deskpro = await createDeskproSource()
    dir = mkdtempSync(join(tmpdir(), 'pm-secrets-'))
    const storeDb = store.slice(store.lastIndexOf('/') + 1)
    const dpDb = deskpro.url.slice(deskpro.url.lastIndexOf('/') + 1)
    await admin(async (k) => {
      await k.raw(`DROP USER IF EXISTS '${USER}'@'%'`)
      await k.raw(`CREATE USER '${USER}'@'%' IDENTIFIED BY ?`, [PASS])
      await k.raw(`GRANT ALL PRIVILEGES ON \`${storeDb}\`.* TO '${USER}'@'%'`)
      await k.raw(`GRANT SELECT ON \`${dpDb}\`.* TO '${USER}'@'%'`)
    })
  })
  afterAll(async () => {
    await admin((k) => k.raw(`DROP USER IF EXISTS '${USER}'@'%'`))
    await dropMysqlDatabase(store)
    await deskpro.drop()
    rmSync(dir, {recursive: true, force: true})
  })

  const outputs: CliResult[] = []
  const run = async (args: string[]) => {
    const r = await runCli(args, {cwd: dir})
    outputs.push(r)
    return r
  }

  it('in output, the audit log, the store, rejects files and workbooks, also on connection errors and URLs that do not parse', async () => {
    const db = withPassword(store, PASS)
    const dp = withPassword(deskpro.url, PASS)
    expect((await run(['init', '--db', db])).code).toBe(0)
    const tickets = join(dir, 'tickets.csv')
    writeFileSync(
      tickets,
      `ticket_id,channel,created_at,requester_type,topic,body\nT1,email,2025-02-03T08:00:00,pemda,DAU,halo\nT2,fax,2025-02-03T08:00:00,pemda,DAU,x\n`,
    )
    const imported = await run(['import', 'tickets', tickets, '--db', db])
    expect(imported.code).toBe(0)
    const fromDeskpro = await run(['import', 'tickets', '--deskpro', dp, '--db', db, '--json'])
    expect(fromDeskpro.code).toBe(0)
    expect((await run(['report', 'metrics', '--out', join(dir, 'metrics.xlsx'), '--db', db])).code).toBe(0)
    expect((await run(['report', 'handover', '--out', join(dir, 'handover.xlsx'), '--db', db])).code).toBe(0)
    expect((await run(['status', '--db', db, '--json'])).code).toBe(0)

    // Connection errors: wrong password, unreachable host, for the store and for Deskpro.
    const wrong = await run(['status', '--db', withPassword(store, `${PASS}-wrong`)])
    expect(wrong.code).toBe(1)
    const unreachable = await run(['status', '--db', withPassword(store, PASS, '127.0.0.1:1')])
    expect(unreachable.code).toBe(1)
    expect(unreachable.stderr).toMatch(/127\.0\.0\.1:1/)
    const dpWrong = await run(['import', 'tickets', '--deskpro', withPassword(deskpro.url, `${PASS}-wrong`), '--db', db])
    expect(dpWrong.code).not.toBe(0)
    const dpDown = await run(['import', 'tickets', '--deskpro', withPassword(deskpro.url, PASS, '127.0.0.1:1'), '--db', db, '--json'])
    expect(dpDown.code).not.toBe(0)
    // URLs that do not parse (a mistyped scheme, a '/' or '#' in the password): shown without what follows the user.
    // (With an '@' in the password, a '/' or '#' after it makes a URL that parses, naming another host: the driver's reading too.)
    const broken = PASS.includes('@') ? [] : [db.replace(`:${PASS}@`, `:${PASS}/x@`), db.replace(`:${PASS}@`, `:${PASS}#x@`)]
    for (const bad of [db.replace('mysql://', 'mysql//'), ...broken]) {
      const r = await run(['status', '--db', bad])
      expect(r.code).toBe(2)
      const dpBad = await run(['import', 'tickets', '--deskpro', bad, '--db', db])
      expect(dpBad.code).toBe(2)
    }
    for (const r of outputs) {
      for (const part of parts) expect(r.stdout + r.stderr).not.toContain(part)
      expect(r.stdout + r.stderr).not.toMatch(/^\s+at .+[(:]/m)
    }

    const k = knexFactory({client: 'mysql2', connection: store, pool: {min: 0, max: 1}})
    try {
      const audit = await k('audit_log').select('details')
      expect(audit.length).toBeGreaterThan(3)
      const imports = await k('imports').select('source', 'rejects_file')
      expect(imports.some((i) => String(i.source).includes(`${USER}:***@127.0.0.1:3306/`))).toBe(true)
      const sources = await k('tickets').distinct('source')
      expect(sources.some((t) => String(t.source).startsWith(`deskpro:mysql://${USER}:***@127.0.0.1:3306/`))).toBe(true)
      const steps = await k('plan_steps').select('note')
      for (const part of parts) {
        for (const a of audit) expect(String(a.details)).not.toContain(part)
        for (const i of imports) expect(JSON.stringify(i)).not.toContain(part)
        for (const t of sources) expect(String(t.source)).not.toContain(part)
        for (const n of steps) expect(String(n.note)).not.toContain(part)
        expect((await k('rejects').where('raw', 'like', `%${part}%`).orWhere('reason', 'like', `%${part}%`)).length).toBe(0)
      }
    } finally {
      await k.destroy()
    }
    // Rejects files, workbooks (unzipped) and anything else the commands wrote.
    const written = everything(dir)
    expect(written).toContain('<worksheet')
    expect(written).toContain('fax')
    for (const part of parts) expect(written.split(part).length - 1).toBe(0)
  }, 300_000)
})

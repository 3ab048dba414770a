import {existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import {spawn} from 'node:child_process'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import knexFactory from 'knex'
import {BIN, CliResult, runCli} from '../helpers/cli'
import {PrivateMariadb, startPrivateMariadb} from '../helpers/private-mariadb'
import {openStore} from '../../src/store/store'
import {initPlan} from '../../src/plan/repository'
import {seedTickets} from '../tickets/seed'

/** Enough tickets that each month file takes a moment to write. */
const TICKETS = 60_000
/** The bound a command may take to notice the server is gone, say so and give everything back. */
const BOUND_MS = 30_000

/** Run the CLI and SIGKILL the private server the moment `when()` holds; resolves with the CLI's result and how long it took after the kill. */
function killServerWhen(
  args: string[],
  cwd: string,
  server: PrivateMariadb,
  when: () => boolean,
): Promise<CliResult & {afterKillMs: number}> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {cwd, env: {...process.env, PRIME_MIGRATE_ACTOR: 'tester'}})
    let stdout = ''
    let stderr = ''
    let killedAt = 0
    child.stdout.on('data', (d) => (stdout += d))
    child.stderr.on('data', (d) => (stderr += d))
    const timer = setInterval(() => {
      if (!killedAt && when()) {
        killedAt = Date.now()
        server.kill()
      }
    }, 2)
    const hang = setTimeout(() => child.kill('SIGKILL'), 120_000)
    child.on('error', reject)
    child.on('close', (code) => {
      clearInterval(timer)
      clearTimeout(hang)
      if (!killedAt)
        reject(new Error(`prime-migrate ${args.join(' ')} finished (exit ${code}) before the server could be killed:\n${stderr}`))
      else resolve({code, stdout, stderr, afterKillMs: Date.now() - killedAt})
    })
  })
}

function writingMonth(out: string): () => boolean {
  const dir = join(out, 'tickets')
  return () => existsSync(dir) && readdirSync(dir).some((f) => f.endsWith('.tmp'))
}

async function lockState(url: string, db: string): Promise<{free: number; rows: number}> {
  const k = knexFactory({client: 'mysql2', connection: url, pool: {min: 0, max: 1}})
  try {
    const [[{free}]] = await k.raw('SELECT IS_FREE_LOCK(?) AS free', [`prime-migrate:${db}`])
    const rows = (await k('locks').count({n: '*'}))[0].n
    return {free: Number(free), rows: Number(rows)}
  } finally {
    await k.destroy()
  }
}

function expectCleanFailure(r: CliResult & {afterKillMs: number}): void {
  expect({code: r.code, stderr: r.stderr}).toMatchObject({code: 1})
  expect(r.afterKillMs).toBeLessThan(BOUND_MS)
  expect(r.stderr).toMatch(/MySQL\/MariaDB (server stopped answering|berhenti menjawab)/)
  expect(r.stderr).toMatch(/(Fix|Perbaikan): .*(run the same command again|jalankan perintah yang sama lagi)/)
  expect(r.stdout + r.stderr).not.toMatch(/^\s+at .+[(:]/m)
  expect(r.stdout + r.stderr).not.toMatch(/SELECT|INSERT/)
}

describe('the MariaDB server dies mid-stream [private mariadbd, kill -9]', () => {
  let server: PrivateMariadb
  let dir: string
  beforeAll(async () => {
    server = await startPrivateMariadb(['pm_export', 'pm_run'])
    dir = mkdtempSync(join(tmpdir(), 'pm-server-death-'))
  }, 120_000)
  afterAll(async () => {
    await server?.remove()
    rmSync(dir, {recursive: true, force: true})
  })

  async function seed(db: string): Promise<void> {
    const store = await openStore({db: server.url(db), actor: 'tester', command: 'test'})
    try {
      await initPlan(store)
      await seedTickets(store.knex, TICKETS, {months: 3})
    } finally {
      await store.close()
    }
  }

  it('tickets export: exit 1 within the bound with a clear message, lock released; run again once the server is back, it finishes', async () => {
    await seed('pm_export')
    const url = server.url('pm_export')
    const out = join(dir, 'export')
    const args = ['tickets', 'export', '--out', out, '--db', url]
    const r = await killServerWhen(args, dir, server, writingMonth(out))
    expectCleanFailure(r)

    await server.start()
    // The server ended the dead session's GET_LOCK; the row left behind only names the holder.
    expect((await lockState(url, 'pm_export')).free).toBe(1)
    const again = await runCli([...args, '--json'], {cwd: dir})
    expect({code: again.code, stderr: again.stderr}).toMatchObject({code: 0})
    expect(JSON.parse(again.stdout)).toMatchObject({resumed: true})
    expect(await lockState(url, 'pm_export')).toEqual({free: 1, rows: 0})
  }, 300_000)

  it('run tickets: exit 1 within the bound, the step resumable, the lock released; the rerun finishes the step', async () => {
    await seed('pm_run')
    const url = server.url('pm_run')
    writeFileSync(join(dir, 'faq.csv'), 'No,Topik,Pertanyaan,Jawaban,Status\n1,DAU,Kapan DAU disalurkan?,Setiap bulan.,0\n')
    writeFileSync(
      join(dir, 'roster.csv'),
      'agent_id,name,email,level,unit,kms_contributor,sme\nL1-01,Linna,linna@djpk.go.id,L1,DJPK,true,\n',
    )
    for (const register of ['faq', 'roster'])
      expect((await runCli(['import', register, join(dir, `${register}.csv`), '--db', url], {cwd: dir})).code).toBe(0)
    const out = join(dir, 'run')
    expect((await runCli(['run', 'prepare', '--yes', '--out', out, '--db', url], {cwd: dir})).code).toBe(0)
    const args = ['run', 'tickets', '--yes', '--out', out, '--db', url]
    const r = await killServerWhen(args, dir, server, writingMonth(join(out, 'archive')))
    expectCleanFailure(r)

    await server.start()
    expect((await lockState(url, 'pm_run')).free).toBe(1)
    const again = await runCli(args, {cwd: dir})
    expect({code: again.code, stderr: again.stderr}).toMatchObject({code: 0})
    const k = knexFactory({client: 'mysql2', connection: url, pool: {min: 0, max: 1}})
    try {
      expect((await k('plan_steps').where({id: 'tickets.export'}).first()).status).toBe('done')
    } finally {
      await k.destroy()
    }
    expect(await lockState(url, 'pm_run')).toEqual({free: 1, rows: 0})
  }, 300_000)
})

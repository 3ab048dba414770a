import {mkdtempSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {createMysqlDatabase, dropMysqlDatabase} from '../helpers/dbs'
import {json, runCli} from '../helpers/cli'

describe('the CLI as a new user meets it', () => {
  it('lists its commands in --help', async () => {
    const r = await runCli(['--help'])
    expect(r.code).toBe(0)
    for (const c of ['init', 'plan', 'run', 'status', 'demo', 'audit']) expect(r.stdout).toContain(c)
  })

  it('init then status --json work on the embedded default with no other set-up', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'pm-cli-'))
    const env = {PRIME_MIGRATE_DB: ''}
    const init = await runCli(['init', '--json'], {cwd, env})
    expect(init.code).toBe(0)
    expect(json(init)).toMatchObject({store: 'sqlite:.prime-migrate/state.db', cutover: '2025-06-30'})
    const status = await runCli(['status', '--json'], {cwd, env})
    expect(status.code).toBe(0)
    const s = json(status)
    expect(s.cutover).toBe('2025-06-30')
    expect(s.stages.map((x: any) => x.stage)).toEqual(['prepare', 'kms', 'tickets', 'roles', 'channels', 'handover'])
    expect(status.stderr).toBe('')
  })

  it('works the same against MariaDB with --db mysql://', async () => {
    const url = await createMysqlDatabase()
    try {
      const init = await runCli(['init', '--cutover', '2025-06-27', '--db', url, '--json'])
      expect(init.code).toBe(0)
      const s = json(await runCli(['status', '--db', url, '--json']))
      expect(s.cutover).toBe('2025-06-27')
      const plan = json(await runCli(['plan', '--db', url, '--json']))
      const cutoverDue = plan.steps.find((x: any) => x.id === 'channels.close.phone').due_date
      expect(cutoverDue).toBe('2025-06-27')
    } finally {
      await dropMysqlDatabase(url)
    }
  })

  it('records the staff-transfer row as a decision with its reason, not a to-do', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'pm-cli-'))
    expect((await runCli(['init'], {cwd})).code).toBe(0)
    const plan = json(await runCli(['plan', '--json'], {cwd}))
    const staff = plan.steps.find((x: any) => x.id === 'prepare.staff_transfer')
    expect(staff).toMatchObject({kind: 'decision', status: 'skipped'})
    expect(staff.note).toMatch(/minus growth/)
    const kept = plan.steps.filter((x: any) => x.id.startsWith('channels.keep.')).map((x: any) => x.id)
    expect(kept).toEqual(['channels.keep.tatap_muka', 'channels.keep.vicon'])
    expect(plan.steps.filter((x: any) => x.id.startsWith('channels.close.'))).toHaveLength(5)
    const status = json(await runCli(['status', '--json'], {cwd}))
    expect(status.overdue.map((o: any) => o.id)).not.toContain('prepare.staff_transfer')
  })

  it('keeps exit codes under --json: bad usage is 2', async () => {
    const r = await runCli(['init', '--cutover', '30/06/2025', '--json'], {cwd: mkdtempSync(join(tmpdir(), 'pm-cli-'))})
    expect(r.code).toBe(2)
    expect(json(r).error.message).toMatch(/--cutover 30\/06\/2025 bukan tanggal/)
    const unknown = await runCli(['status', '--no-such-flag'])
    expect(unknown.code).toBe(2)
  })

  it('never prints a connection password, even when the connection fails', async () => {
    const r = await runCli(['status', '--db', 'mysql://root:Sup3rSecret@127.0.0.1:1/nowhere', '--json'])
    expect(r.code).toBe(1)
    expect(r.stdout + r.stderr).not.toContain('Sup3rSecret')
    expect(json(r).error.message).toContain('mysql://root:***@127.0.0.1:1/nowhere')
  })
})

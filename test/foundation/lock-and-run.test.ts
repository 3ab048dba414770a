import {acquireLock} from '../../src/store/lock'
import {initPlan, getStep, setStepStatus} from '../../src/plan/repository'
import {withDbs} from '../helpers/dbs'
import {json, runCli} from '../helpers/cli'

withDbs('one operator at a time', (db) => {
  it('a second operator exits 3 at once, naming who holds the lock since when; nothing changes', async () => {
    const store = await db().open('siti', 'prime-migrate run')
    await initPlan(store)
    const lock = await acquireLock(store.knex, 'siti', 'prime-migrate run')
    try {
      const before = await store.knex('audit_log').count({n: '*'})
      const started = Date.now()
      const r = await runCli(['run', '--db', db().url, '--json'])
      expect(Date.now() - started).toBeLessThan(5000) // node start-up included; the lock answer itself is immediate
      expect(r.code).toBe(3)
      expect(json(r).error.message).toMatch(/(locked by|dikunci oleh) siti \(prime-migrate run, pid \d+ (on|di) .+\) (since|sejak) \d{4}-/)
      expect(await store.knex('audit_log').count({n: '*'})).toEqual(before)
    } finally {
      await lock.release()
      await store.close()
    }
    expect((await runCli(['run', 'prepare', '--db', db().url])).code).toBe(3) // free again: runs to the sources gate
  })

  it('read commands do not need the lock', async () => {
    const store = await db().open()
    await initPlan(store)
    const lock = await acquireLock(store.knex, 'siti', 'x')
    try {
      expect((await runCli(['status', '--db', db().url, '--json'])).code).toBe(0)
    } finally {
      await lock.release()
      await store.close()
    }
  })
})

withDbs('the runner', (db) => {
  it('resumes a step left running by a crash and never redoes a done step', async () => {
    const store = await db().open()
    await initPlan(store)
    await setStepStatus(store, 'prepare.mappings', 'running') // as a kill -9 mid-step leaves it
    await store.close()
    const r = await runCli(['run', 'prepare', '--db', db().url, '--json'])
    expect(r.code).toBe(3) // stops at the sources gate
    expect(json(r).error).toMatchObject({exit: 3, fix: expect.stringContaining('prime-migrate import faq')})
    const s2 = await db().open()
    expect((await getStep(s2.knex, 'prepare.mappings'))!.status).toBe('done')
    expect((await getStep(s2.knex, 'prepare.sources'))!.status).toBe('blocked')
    const audits = await s2.knex('audit_log').where('details', 'like', '%prepare.mappings%').count({n: '*'})
    await s2.close()
    await runCli(['run', 'prepare', '--db', db().url])
    const s3 = await db().open()
    expect(await s3.knex('audit_log').where('details', 'like', '%prepare.mappings%').count({n: '*'})).toEqual(audits)
    await s3.close()
  })

  it('--redo runs a done step again; --dry-run changes nothing', async () => {
    expect((await runCli(['init', '--db', db().url])).code).toBe(0)
    await runCli(['run', 'prepare', '--db', db().url])
    const store = await db().open()
    const count = async () => Number((await store.knex('audit_log').count({n: '*'}))[0].n)
    const before = await count()
    const dry = await runCli(['run', '--dry-run', '--db', db().url, '--json'])
    expect(dry.code).toBe(0)
    expect(json(dry).steps.find((s: any) => s.id === 'prepare.sources').would).toMatch(/berhenti/)
    expect(await count()).toBe(before)
    await runCli(['run', 'prepare', '--redo', 'prepare.mappings', '--db', db().url])
    expect(await count()).toBeGreaterThan(before)
    const step = await getStep(store.knex, 'prepare.mappings')
    expect(step!.status).toBe('done')
    await store.close()
    const bad = await runCli(['run', '--redo', 'no.such', '--db', db().url])
    expect(bad.code).toBe(2)
    expect((await runCli(['run', 'nostage', '--db', db().url])).code).toBe(2)
  })
})

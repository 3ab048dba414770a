import {spawn} from 'node:child_process'
import {hostname} from 'node:os'
import {writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {WaitingError} from '../../src/errors'
import {STALE_AFTER_MS} from '../../src/store/dialect/sqlite-lock'
import {acquireLock} from '../../src/store/lock'
import {CliResult, json, ROOT, runCli} from '../helpers/cli'
import {withDbs} from '../helpers/dbs'

/** Enough tickets that importing them holds the lock for a few seconds. */
const ROWS = 40_000

function ticketsCsv(n: number): string {
  const lines = ['ticket_id,channel,created_at,requester_type,topic,body']
  for (let i = 0; i < n; i++) lines.push(`T${i},email,2025-02-${String((i % 28) + 1).padStart(2, '0')}T09:00:00,pemda,DAU,isi ${i}`)
  return lines.join('\n') + '\n'
}

async function timed<T>(fn: () => Promise<T>): Promise<{ms: number; value: T}> {
  const t = Date.now()
  const value = await fn()
  return {ms: Date.now() - t, value}
}

/**
 * A separate process (SQLite's driver is synchronous, so racing connections must not share an event
 * loop) that opens the store, waits for the common start instant, then tries the lock once and prints
 * what happened. A winner keeps the lock until `releaseFile` exists, so a racer that a loaded machine
 * starts late still meets a held lock instead of a free one.
 */
function racer(url: string, actor: string, startAt: number, releaseFile: string): {outcome: Promise<string>; exited: Promise<void>} {
  const script = `
    const {existsSync} = require('node:fs')
    const {openStore} = require(${JSON.stringify(join(ROOT, 'dist/src/store/store.js'))})
    const {acquireLock} = require(${JSON.stringify(join(ROOT, 'dist/src/store/lock.js'))})
    const [url, actor, startAt, releaseFile] = process.argv.slice(1)
    const sleep = (ms) => new Promise((r) => setTimeout(r, ms))
    openStore({db: url, actor, command: 'prime-migrate init'}).then(async (s) => {
      await sleep(Math.max(0, Number(startAt) - Date.now()))
      try {
        const lock = await acquireLock(s.knex, actor, 'prime-migrate init')
        console.log('HELD')
        while (!existsSync(releaseFile)) await sleep(50)
        await lock.release()
      } catch (e) {
        console.log(e.exit ? 'REFUSED ' + e.exit : 'ERROR ' + e.message)
      }
      await s.close()
    }).catch((e) => console.log('ERROR ' + e.message))`
  const child = spawn(process.execPath, ['-e', script, url, actor, String(startAt), releaseFile], {stdio: ['ignore', 'pipe', 'inherit']})
  let out = ''
  const outcome = new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (d) => {
      out += d
      if (out.includes('\n')) resolve(out.trim())
    })
    child.on('error', reject)
    child.on('close', () => resolve(out.trim()))
  })
  const exited = new Promise<void>((resolve) => child.on('close', () => resolve()))
  return {outcome, exited}
}

withDbs('two operators at once', (db) => {
  it('exactly one proceeds; the other exits 3 at once, naming the holder', async () => {
    expect((await runCli(['init', '--db', db().url], {cwd: db().dir})).code).toBe(0)
    const file = join(db().dir, 'tickets.csv')
    writeFileSync(file, ticketsCsv(ROWS))
    // Node and oclif start-up and opening the store are not the lock's answer: a read-only command
    // on the same store, started at the same instant and so under the same load, is taken off.
    const [a, b, baseline] = (await Promise.all([
      ...['operator-a', 'operator-b'].map((actor) =>
        timed(() => runCli(['import', 'tickets', file, '--json', '--db', db().url], {cwd: db().dir, env: {PRIME_MIGRATE_ACTOR: actor}})),
      ),
      timed(() => runCli(['plan', '--json', '--db', db().url], {cwd: db().dir})).then((r) => r.ms),
    ])) as [{ms: number; value: CliResult}, {ms: number; value: CliResult}, number]
    const results = [
      {actor: 'operator-a', ...a},
      {actor: 'operator-b', ...b},
    ]
    const winner = results.find((r) => r.value.code === 0)
    const loser = results.find((r) => r.value.code === 3)
    expect(results.map((r) => (r.value.code === 1 ? r.value.stdout : r.value.code)).sort()).toEqual([0, 3])
    expect(json(winner!.value)).toMatchObject({read: ROWS, loaded: ROWS})
    const refusal = json(loser!.value).error
    expect(refusal.message).toMatch(
      new RegExp(`(locked by|dikunci oleh) ${winner!.actor} \\(prime-migrate import tickets, pid \\d+ (on|di) ${hostname()}\\)`),
    )
    expect(refusal.fix).toMatch(/wait|tunggu/)
    expect(loser!.ms - baseline).toBeLessThan(1000)
    expect(loser!.ms).toBeLessThan(winner!.ms)
  }, 180_000)

  it('refuses in-process within a second while the lock is held, naming the holder', async () => {
    const holder = await db().open('operator-a', 'prime-migrate run')
    const other = await db().open('operator-b', 'prime-migrate init')
    try {
      const lock = await acquireLock(holder.knex, 'operator-a', 'prime-migrate run')
      const {ms, value} = await timed(() =>
        acquireLock(other.knex, 'operator-b', 'prime-migrate init').then(
          () => null,
          (e) => e,
        ),
      )
      expect(value).toBeInstanceOf(WaitingError)
      expect((value as WaitingError).message).toMatch(/(locked by|dikunci oleh) operator-a \(prime-migrate run, pid \d+/)
      expect(ms).toBeLessThan(1000)
      await lock.release()
      const again = await acquireLock(other.knex, 'operator-b', 'prime-migrate init')
      await again.release()
    } finally {
      await holder.close()
      await other.close()
    }
  })

  it('an --actor longer than the lock row takes: the lock is held under a clipped label, the other operator is told who, and it is given back', async () => {
    const long = `operator-${'panjang-'.repeat(60)}`
    const holder = await db().open('operator-a', 'prime-migrate run')
    const other = await db().open('operator-b', 'prime-migrate init')
    try {
      const lock = await acquireLock(holder.knex, long, 'prime-migrate run')
      const refused = await acquireLock(other.knex, 'operator-b', 'prime-migrate init').then(
        () => null,
        (e) => e,
      )
      expect(refused).toBeInstanceOf(WaitingError)
      expect((refused as WaitingError).message).toContain(long.slice(0, 150))
      expect((refused as WaitingError).message).toMatch(/…#[0-9a-f]{12} \(prime-migrate run, pid \d+/)
      await lock.release()
      expect(await holder.knex('locks').first()).toBeUndefined()
      const again = await acquireLock(other.knex, 'operator-b', 'prime-migrate init')
      await again.release()
    } finally {
      await holder.close()
      await other.close()
    }
    // Every record names its actor: a name longer than they hold is refused before anything is written.
    const tooLong = await runCli(['import', 'tickets', '/dev/null', '--db', db().url, '--json'], {
      cwd: db().dir,
      env: {PRIME_MIGRATE_ACTOR: long},
    })
    expect({code: tooLong.code, message: json(tooLong).error.message}).toMatchObject({code: 2, message: expect.stringMatching(/--actor/)})
  })

  it('operators starting at the same instant: exactly one gets the lock, every other one a clean refusal (exit 3), none a database error', async () => {
    expect((await runCli(['init', '--db', db().url], {cwd: db().dir})).code).toBe(0)
    for (let round = 0; round < 4; round++) {
      const startAt = Date.now() + 1500
      const releaseFile = join(db().dir, `release-${round}`)
      const racers = [1, 2, 3, 4].map((i) => racer(db().url, `operator-${i}`, startAt, releaseFile))
      const outcomes = await Promise.all(racers.map((r) => r.outcome))
      writeFileSync(releaseFile, '')
      await Promise.all(racers.map((r) => r.exited))
      expect(outcomes.filter((o) => o === 'HELD')).toHaveLength(1)
      expect(outcomes.filter((o) => o !== 'HELD')).toEqual(Array(3).fill('REFUSED 3'))
    }
  }, 120_000)

  it('a lock row left by a holder on another host: taken over once its heartbeat is older than 60 s (SQLite), refused while fresh', async () => {
    await db().use(
      async (store) => {
        const row = (heartbeatAgoMs: number) => ({
          name: 'store',
          holder: 'operator-a',
          host: 'another-host',
          pid: 4242,
          command: 'prime-migrate run',
          acquired_at: new Date(Date.now() - 3_600_000).toISOString(),
          heartbeat_at: new Date(Date.now() - heartbeatAgoMs).toISOString(),
        })
        // Fresh heartbeat from another host: its process cannot be checked from here, so it is alive.
        await store.knex('locks').insert(row(5_000))
        const fresh = await acquireLock(store.knex, 'operator-b', 'prime-migrate init').then(
          (l) => l,
          (e) => e,
        )
        if (store.dialect.name === 'sqlite') {
          expect(fresh).toBeInstanceOf(WaitingError)
          expect((fresh as WaitingError).message).toMatch(
            /(locked by|dikunci oleh) operator-a \(prime-migrate run, pid 4242 (on|di) another-host\)/,
          )
        } else {
          // MySQL's lock is the server's GET_LOCK, which died with that holder's session; the row is only a label.
          expect(fresh).not.toBeInstanceOf(Error)
          await fresh.release()
        }
        await store.knex('locks').delete()
        await store.knex('locks').insert(row(STALE_AFTER_MS + 5_000))
        const stale = await acquireLock(store.knex, 'operator-b', 'prime-migrate init')
        const now = await store.knex('locks').where({name: 'store'}).first()
        expect(now).toMatchObject({holder: 'operator-b', host: hostname(), pid: process.pid})
        await stale.release()
        expect(await store.knex('locks').where({name: 'store'}).first()).toBeUndefined()
      },
      'operator-b',
      'prime-migrate init',
    )
  })
})

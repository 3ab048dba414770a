import {spawn} from 'node:child_process'
import {join} from 'node:path'
import {withDbs} from '../helpers/dbs'
import {json, ROOT, runCli} from '../helpers/cli'

/** A second process that takes the operator lock and holds it until killed. */
function holdLock(url: string): Promise<ReturnType<typeof spawn>> {
  const script = `
    const {openStore} = require(${JSON.stringify(join(ROOT, 'dist/src/store/store.js'))})
    const {acquireLock} = require(${JSON.stringify(join(ROOT, 'dist/src/store/lock.js'))})
    openStore({db: process.argv[1], actor: 'crashing-operator', command: 'prime-migrate run'})
      .then((s) => acquireLock(s.knex, 'crashing-operator', 'prime-migrate run'))
      .then(() => { console.log('HELD'); setInterval(() => {}, 1000) })
      .catch((e) => { console.error(e.message); process.exit(1) })`
  const child = spawn(process.execPath, ['-e', script, url], {stdio: ['ignore', 'pipe', 'pipe']})
  return new Promise((resolve, reject) => {
    let err = ''
    child.stderr!.on('data', (d) => (err += d))
    child.stdout!.on('data', (d) => String(d).includes('HELD') && resolve(child))
    child.on('exit', (code) => reject(new Error(`lock holder exited ${code}: ${err}`)))
  })
}

withDbs('a crashed lock holder', (db) => {
  it('holds others off while alive, and its lock is released when it is killed -9', async () => {
    expect((await runCli(['init', '--db', db().url])).code).toBe(0)
    const holder = await holdLock(db().url)
    try {
      const blocked = await runCli(['init', '--db', db().url, '--json'])
      expect(blocked.code).toBe(3)
      expect(json(blocked).error.message).toMatch(/(locked by|dikunci oleh) crashing-operator/)
    } finally {
      holder.removeAllListeners('exit')
      holder.kill('SIGKILL')
      await new Promise((r) => holder.once('close', r))
    }
    // MySQL ends the lock with the session; SQLite sees the holder's process is gone (same host).
    let after = await runCli(['init', '--db', db().url, '--json'])
    for (let i = 0; i < 20 && after.code === 3; i++) {
      await new Promise((r) => setTimeout(r, 250)) // the server notices the dead connection within moments
      after = await runCli(['init', '--db', db().url, '--json'])
    }
    expect(after.code).toBe(0)
  })
})

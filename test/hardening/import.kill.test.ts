import {ChildProcess, spawn} from 'node:child_process'
import {createHash} from 'node:crypto'
import {writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {Knex} from 'knex'
import {BIN, json, runCli} from '../helpers/cli'
import {createTestDb, TestDb, withDbs} from '../helpers/dbs'

/** Enough rows for many committed batches (2,000 rows each) before the import ends. */
const ROWS = 150_000
const CHANNELS = ['whatsapp', 'email', 'Telepon', 'Live Chat', 'helpdesk']
const TOPICS = ['DAU', 'DBH', 'Dana Desa', 'PDRD', 'Aplikasi']

function register(file: string): void {
  const lines = ['ticket_id,channel,created_at,requester_type,region,topic,agent,subject,body,confidential']
  for (let i = 0; i < ROWS; i++) {
    const day = String((i % 28) + 1).padStart(2, '0')
    const month = String((i % 12) + 1).padStart(2, '0')
    const body = i % 97 === 0 ? '"=1+1, ""kutip""\nbaris dua"' : `isi tiket ${i}`
    // A few bad rows, so the rejected count is part of the balance too.
    const created = i % 5003 === 7 ? `${day}/${month}/2024` : `2024-${month}-${day}T${String(8 + (i % 9)).padStart(2, '0')}:15:00`
    lines.push(
      `K${String(i).padStart(7, '0')},${CHANNELS[i % 5]},${created},${['pemda', 'kl', 'akademisi', 'lainnya'][i % 4]},${i % 3 ? 'Kab. Kediri' : ''},${TOPICS[i % 5]},agen${i % 13},Perihal ${i},${body},${i % 7 === 3}`,
    )
  }
  writeFileSync(file, lines.join('\n') + '\n')
}

/** Every ticket's content, in key order, without the marker of which import last read it. */
async function digest(knex: Knex): Promise<{rows: number; sha256: string}> {
  const h = createHash('sha256')
  let rows = 0
  let after = ''
  for (;;) {
    const page = await knex('tickets').where('ticket_id', '>', after).orderBy('ticket_id').limit(10_000)
    if (page.length === 0) break
    for (const r of page) {
      const {seen_import: _seen, ...rest} = r
      h.update(
        JSON.stringify(
          Object.keys(rest)
            .sort()
            .map((k) => [k, k === 'confidential' ? Boolean(rest[k]) : rest[k]]),
        ) + '\n',
      )
      rows++
    }
    after = page[page.length - 1].ticket_id
  }
  return {rows, sha256: h.digest('hex')}
}

async function count(db: TestDb): Promise<number> {
  const s = await db.open()
  try {
    return Number((await s.knex('tickets').count({n: '*'}))[0].n)
  } finally {
    await s.close()
  }
}

/** Start the import and SIGKILL it once the store holds at least `rows` tickets (committed batches). */
function killAfter(db: TestDb, file: string, rows: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child: ChildProcess = spawn(process.execPath, [BIN, 'import', 'tickets', file, '--json', '--db', db.url], {
      cwd: db.dir,
      env: {...process.env, PRIME_MIGRATE_ACTOR: 'tester'},
      stdio: 'ignore',
    })
    let done = false
    const poll = async () => {
      while (!done) {
        const n = await count(db).catch(() => 0)
        if (n >= rows) {
          child.kill('SIGKILL')
          return
        }
        await new Promise((r) => setTimeout(r, 30))
      }
    }
    void poll()
    child.on('error', reject)
    child.on('exit', async (code, signal) => {
      done = true
      if (signal !== 'SIGKILL') reject(new Error(`the import ended by itself (exit ${code}) before it could be killed`))
      else resolve(await count(db))
    })
  })
}

withDbs('import tickets killed with SIGKILL', (db) => {
  it('converges on the rerun: the same tickets as an uninterrupted import, nothing lost or doubled, and the counts balance', async () => {
    const file = join(db().dir, 'tickets.csv')
    register(file)
    const ref = await createTestDb(db().dialect)
    let expected: {rows: number; sha256: string}
    let rejected: number
    try {
      expect((await runCli(['init', '--db', ref.url], {cwd: ref.dir})).code).toBe(0)
      const whole = await runCli(['import', 'tickets', file, '--json', '--db', ref.url], {cwd: ref.dir})
      expect(whole.code).toBe(0)
      const w = json(whole)
      rejected = w.rejected
      expect(rejected).toBeGreaterThan(0)
      expect(w.read).toBe(ROWS)
      const s = await ref.open()
      try {
        expected = await digest(s.knex)
      } finally {
        await s.close()
      }
      expect(expected.rows).toBe(ROWS - rejected)
    } finally {
      await ref.drop()
    }

    expect((await runCli(['init', '--db', db().url], {cwd: db().dir})).code).toBe(0)
    // Killed after the first batches committed, then again further on in the first rerun.
    const first = await killAfter(db(), file, 4_000)
    expect(first).toBeGreaterThanOrEqual(4_000)
    expect(first).toBeLessThan(ROWS - rejected)
    const second = await killAfter(db(), file, first + 20_000)
    expect(second).toBeLessThan(ROWS - rejected)

    const rerun = await runCli(['import', 'tickets', file, '--json', '--db', db().url], {cwd: db().dir})
    expect(rerun.code).toBe(0)
    const r = json(rerun)
    expect(r.read).toBe(ROWS)
    expect(r.read).toBe(r.loaded + r.updated + r.unchanged + r.rejected)
    expect(r.rejected).toBe(rejected)
    expect(r.updated).toBe(0)
    expect(r.unchanged).toBe(second)
    expect(r.loaded).toBe(ROWS - rejected - second)

    await db().use(async (s) => {
      expect(await digest(s.knex)).toEqual(expected)
      // The killed imports are on record as unfinished; the last one finished and balanced.
      const imports = await s.knex('imports').orderBy('id')
      expect(imports.map((i: any) => (i.finished_at ? 'finished' : 'killed'))).toEqual(['killed', 'killed', 'finished'])
    })
    const verified = await runCli(['audit', 'verify', '--db', db().url, '--json'], {cwd: db().dir})
    expect(verified.code).toBe(0)
  }, 600_000)
})

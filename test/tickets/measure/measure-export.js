// Throwaway measurement for issue 6: 1,000,000 tickets, our export vs a bare baseline, on SQLite and MariaDB.
// Run: npx tsc -p . && node test/tickets/measure/measure-export.js [sqlite|mysql|both]  (N=rows, default 1,000,000)
const {execFileSync} = require('node:child_process')
const fs = require('node:fs')
const {join} = require('node:path')
const REPO = join(__dirname, '..', '..', '..')
const {openStore} = require(join(REPO, 'dist/src/store/store'))
const {seed} = require('./seed')
const N = Number(process.env.N ?? 1_000_000)
const ROOT = process.env.BENCH_DIR ?? '/tmp/pm-archive-bench' // MariaDB writes INTO OUTFILE here too
const BIN = join(REPO, 'bin/run.js')
const COLS =
  'ticket_id, channel, created_at, created_local, period, requester_type, region, province, zone, topic, agent, subject, body, requester_name, requester_email, requester_phone, status, escalated_unit, escalated_at, l2_responded_at, confidential'

/** Wall seconds and peak RSS (MB) of a command, by GNU time. */
function run(label, cmd, args) {
  const r = require('node:child_process').spawnSync('/usr/bin/time', ['-f', 'TIME %e %M', cmd, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
    env: {...process.env, PRIME_MIGRATE_ACTOR: 'bench'},
  })
  const m = /TIME ([\d.]+) (\d+)/.exec(r.stderr)
  if (r.status !== 0 || !m) throw new Error(`${label} failed (${r.status}): ${r.stderr.slice(-2000)}`)
  const res = {label, seconds: Number(m[1]), peak_mb: Math.round(Number(m[2]) / 1024), rows_per_s: Math.round(N / Number(m[1]))}
  console.log(JSON.stringify(res))
  return r.stdout
}
function dirBytes(d) {
  let n = 0
  for (const f of fs.readdirSync(d, {recursive: true})) {
    const p = `${d}/${f}`
    if (fs.statSync(p).isFile()) n += fs.statSync(p).size
  }
  return n
}

const BARE_SQLITE = `
const Database = require(${JSON.stringify(require.resolve('better-sqlite3'))}); const fs = require('fs')
const db = new Database(process.argv[1], {readonly: true}); const fd = fs.openSync(process.argv[2], 'w')
let parts = [], len = 0
for (const r of db.prepare('SELECT ${COLS} FROM tickets ORDER BY period, created_at, ticket_id').iterate()) {
  const s = JSON.stringify(r) + '\\n'; parts.push(s); len += s.length
  if (len > 1048576) { fs.writeSync(fd, parts.join('')); parts = []; len = 0 }
}
fs.writeSync(fd, parts.join('')); fs.closeSync(fd)`

async function main() {
  const which = process.argv[2] ?? 'both'
  fs.mkdirSync(ROOT, {recursive: true})
  if (which === 'sqlite' || which === 'both') {
    const dir = `${ROOT}/sqlite`
    fs.rmSync(dir, {recursive: true, force: true})
    const url = `sqlite:${dir}/state.db`
    const store = await openStore({db: url, actor: 'bench', command: 'bench'})
    let t = Date.now()
    await seed(store.knex, N, 36)
    console.log(`sqlite: seeded ${N} in ${(Date.now() - t) / 1000}s`)
    await store.close()
    run('sqlite bare better-sqlite3 iterate+write (jsonl)', process.execPath, ['-e', BARE_SQLITE, `${dir}/state.db`, `${dir}/bare.jsonl`])
    const out = run('sqlite prime-migrate tickets export (jsonl)', process.execPath, [
      BIN,
      'tickets',
      'export',
      '--out',
      `${dir}/arsip`,
      '--json',
      '--db',
      url,
    ])
    console.log('  totals', JSON.stringify(JSON.parse(out).totals), 'bare bytes', fs.statSync(`${dir}/bare.jsonl`).size)
    run('sqlite prime-migrate tickets export (csv)', process.execPath, [
      BIN,
      'tickets',
      'export',
      '--out',
      `${dir}/arsip-csv`,
      '--format',
      'csv',
      '--json',
      '--db',
      url,
    ])
    run('sqlite prime-migrate tickets verify', process.execPath, [BIN, 'tickets', 'verify', `${dir}/arsip`, '--json', '--db', url])
  }
  if (which === 'mysql' || which === 'both') {
    const name = `pm_bench_${Date.now().toString(36)}`
    execFileSync('mysql', ['-uroot', '-h127.0.0.1', '-e', `CREATE DATABASE ${name} CHARACTER SET utf8mb4 COLLATE utf8mb4_bin`])
    const url = `mysql://root@127.0.0.1:3306/${name}`
    const dir = `${ROOT}/mysql`
    fs.rmSync(dir, {recursive: true, force: true})
    fs.mkdirSync(dir, {recursive: true, mode: 0o777})
    fs.chmodSync(dir, 0o777)
    try {
      const store = await openStore({db: url, actor: 'bench', command: 'bench'})
      let t = Date.now()
      await seed(store.knex, N, 36)
      console.log(`mysql: seeded ${N} in ${(Date.now() - t) / 1000}s`)
      await store.close()
      console.log(
        'secure_file_priv:',
        execFileSync(
          'mysql',
          ['-uroot', '-h127.0.0.1', '-N', '-e', 'select ifnull(@@secure_file_priv, "NULL (unrestricted on MariaDB)")'],
          {encoding: 'utf8'},
        ).trim(),
      )
      run('mariadb bare SELECT … INTO OUTFILE (server-side, tsv)', 'mysql', [
        '-uroot',
        '-h127.0.0.1',
        name,
        '-e',
        `SELECT ${COLS} FROM tickets ORDER BY period, created_at, ticket_id INTO OUTFILE '${dir}/outfile.tsv'`,
      ])
      const out = run('mariadb prime-migrate tickets export (jsonl)', process.execPath, [
        BIN,
        'tickets',
        'export',
        '--out',
        `${dir}/arsip`,
        '--json',
        '--db',
        url,
      ])
      console.log('  totals', JSON.stringify(JSON.parse(out).totals), 'outfile bytes', fs.statSync(`${dir}/outfile.tsv`).size)
      run('mariadb prime-migrate tickets verify', process.execPath, [BIN, 'tickets', 'verify', `${dir}/arsip`, '--json', '--db', url])
    } finally {
      if (!process.env.KEEP) execFileSync('mysql', ['-uroot', '-h127.0.0.1', '-e', `DROP DATABASE IF EXISTS ${name}`])
    }
  }
}
main().catch((e) => {
  console.error(e)
  process.exit(1)
})

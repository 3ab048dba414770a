/**
 * `node dist/bench/audit-verify.js`: what the audit ledger costs (issue #19). For each size and store: a
 * store with that many imported tickets, then, as alternated pairs in the same run, `audit verify`
 * (the chain, every table's digest, every file) against a bare full scan of the tickets table in a
 * process of its own (`SELECT COUNT(*), SUM(LENGTH(body))`: every row read, nothing hashed), and,
 * in-process, the tickets digest alone (what an import adds at its end) against that same scan and
 * against reading every row into Node (what any per-row check in the client costs).
 * Prints a Markdown table for BENCHMARKS.md.
 * Options: --sizes 100000,300000  --dialects sqlite,mysql  --pairs 3  --mysql mysql://root@127.0.0.1:3306
 */
import {execFileSync, spawnSync} from 'node:child_process'
import {mkdirSync, rmSync} from 'node:fs'
import {join} from 'node:path'
import {performance} from 'node:perf_hooks'
import {tableDigest} from '../src/audit/ledger'
import {openStore} from '../src/store/store'
import {generateTickets} from './generate-tickets'

const ROOT = join(__dirname, '..', '..')
const BIN = join(ROOT, 'bin', 'run.js')
const WORK = process.env.BENCH_DIR ?? '/tmp/prime-migrate-bench-ledger'
const SCAN = 'SELECT COUNT(*) AS n, SUM(LENGTH(body)) AS b FROM tickets'

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 ? process.argv[i + 1] : fallback
}

function seconds(cmd: string, args: string[]): number {
  const t = performance.now()
  const r = spawnSync(cmd, args, {env: {...process.env, PRIME_MIGRATE_ACTOR: 'bench'}, encoding: 'utf8', maxBuffer: 1 << 28})
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}):\n${r.stderr}`)
  return (performance.now() - t) / 1000
}

/** The bare scan, in a process of its own as `audit verify` is. */
function scan(dialect: string, db: string): number {
  if (dialect === 'mysql') return seconds('mariadb', ['-h', '127.0.0.1', '-u', 'root', db.slice(db.lastIndexOf('/') + 1), '-e', SCAN])
  const file = db.slice('sqlite:'.length)
  const script = `const D=require(${JSON.stringify(join(ROOT, 'node_modules', 'better-sqlite3'))});new D(${JSON.stringify(file)},{readonly:true}).prepare(${JSON.stringify(SCAN)}).get()`
  return seconds(process.execPath, ['-e', script])
}

async function digestSeconds(db: string): Promise<{digest: number; scan: number; read: number}> {
  const store = await openStore({db, actor: 'bench', command: 'bench', mode: 'read'})
  try {
    let t = performance.now()
    await tableDigest(store.knex, 'tickets')
    const digest = (performance.now() - t) / 1000
    t = performance.now()
    await store.knex.raw(SCAN)
    const scanS = (performance.now() - t) / 1000
    t = performance.now()
    let rows = 0
    await store.dialect.forEachRow(store.knex, store.knex('tickets').select('*'), () => rows++)
    return {digest, scan: scanS, read: (performance.now() - t) / 1000}
  } finally {
    await store.close()
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const f = (x: number) => x.toFixed(2)

async function main(): Promise<void> {
  const sizes = arg('sizes', '100000,300000').split(',').map(Number)
  const dialects = arg('dialects', 'sqlite,mysql').split(',')
  const pairs = Number(arg('pairs', '3'))
  const server = arg('mysql', 'mysql://root@127.0.0.1:3306')
  rmSync(WORK, {recursive: true, force: true})
  mkdirSync(WORK, {recursive: true})
  const lines = [
    '| dialect | tickets | audit verify s | full scan s (own process) | verify/scan | tickets digest s | scan s | digest/scan | every row read into Node s | digest/read |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ]
  for (const size of sizes) {
    const csv = join(WORK, `tickets-${size}.csv`)
    await generateTickets(csv, size)
    for (const dialect of dialects) {
      const name = `pm_ledger_${size}`
      if (dialect === 'mysql')
        execFileSync('mariadb', [
          '-h',
          '127.0.0.1',
          '-u',
          'root',
          '-e',
          `DROP DATABASE IF EXISTS ${name}; CREATE DATABASE ${name} CHARACTER SET utf8mb4 COLLATE utf8mb4_bin`,
        ])
      const db = dialect === 'mysql' ? `${server}/${name}` : `sqlite:${join(WORK, `${name}.db`)}`
      seconds(process.execPath, [BIN, 'init', '--db', db])
      const importS = seconds(process.execPath, [BIN, 'import', 'tickets', csv, '--db', db])
      const verify: number[] = []
      const bare: number[] = []
      const inProcess: {digest: number; scan: number; read: number}[] = []
      for (let p = 0; p < pairs; p++) {
        const run = [() => verify.push(seconds(process.execPath, [BIN, 'audit', 'verify', '--db', db])), () => bare.push(scan(dialect, db))]
        for (const step of p % 2 ? run.reverse() : run) step()
        inProcess.push(await digestSeconds(db))
      }
      const v = median(verify)
      const s = median(bare)
      const d = median(inProcess.map((x) => x.digest))
      const ds = median(inProcess.map((x) => x.scan))
      const dr = median(inProcess.map((x) => x.read))
      lines.push(
        `| ${dialect} | ${size.toLocaleString('en')} | ${f(v)} | ${f(s)} | ${f(v / s)} | ${f(d)} | ${f(ds)} | ${f(d / ds)} | ${f(dr)} | ${f(d / dr)} |`,
      )
      console.error(`${dialect} ${size}: import ${f(importS)} s; ${lines.at(-1)}`)
      if (dialect === 'mysql') execFileSync('mariadb', ['-h', '127.0.0.1', '-u', 'root', '-e', `DROP DATABASE IF EXISTS ${name}`])
    }
  }
  console.log(lines.join('\n'))
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})

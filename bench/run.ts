/**
 * `npm run bench`: throughput and peak memory of each stage at 100k and 1M tickets, on SQLite and
 * MariaDB, each beside a bare baseline measured the same way in the same run. Writes BENCHMARKS.md.
 * Options: --sizes 100000,1000000  --dialects sqlite,mysql  --mysql mysql://root@127.0.0.1:3306
 */
import {execFileSync, spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, rmSync, writeFileSync} from 'node:fs'
import {cpus, totalmem, release} from 'node:os'
import {join} from 'node:path'
import {generateTickets} from './generate-tickets'

const ROOT = join(__dirname, '..', '..')
const BIN = join(ROOT, 'bin', 'run.js')
const BASELINES = join(__dirname, 'baselines.js')
const WORK = process.env.BENCH_DIR ?? '/tmp/prime-migrate-bench'

interface Measure {
  wall: number
  peakMb: number
}

interface Row {
  size: number
  dialect: string
  stage: string
  tool: Measure
  baseline?: Measure & {name: string}
}

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 ? process.argv[i + 1] : fallback
}

/** Run a command under /usr/bin/time: wall seconds and peak resident memory of the process. */
function measure(cmd: string, args: string[], opts: {stdoutFile?: string; env?: Record<string, string>} = {}): Measure {
  const timeFile = join(WORK, 'time.txt')
  const r = spawnSync('/usr/bin/time', ['-o', timeFile, '-f', '%e %M', cmd, ...args], {
    env: {...process.env, ...opts.env}, encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024, stdio: ['ignore', opts.stdoutFile ? 'ignore' : 'pipe', 'pipe'],
  })
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}):\n${r.stderr}\n${r.stdout ?? ''}`)
  const [wall, kb] = execFileSync('tail', ['-n', '1', timeFile], {encoding: 'utf8'}).trim().split(' ').map(Number)
  return {wall, peakMb: Math.round(kb / 1024)}
}

const tool = (args: string[], db: string) => measure(process.execPath, [BIN, ...args, '--db', db], {env: {PRIME_MIGRATE_ACTOR: 'bench'}})
const mariadb = (db: string, sql: string) => measure('mariadb', ['--local-infile=1', '-h', '127.0.0.1', '-u', 'root', db, '-e', sql])

function mysqlAdmin(sql: string): void {
  execFileSync('mariadb', ['-h', '127.0.0.1', '-u', 'root', '-e', sql])
}

function benchDialect(size: number, dialect: 'sqlite' | 'mysql', csv: string, mysqlBase: string): Row[] {
  const rows: Row[] = []
  const dir = join(WORK, `${dialect}-${size}`)
  rmSync(dir, {recursive: true, force: true})
  mkdirSync(dir, {recursive: true})
  const dbName = `pm_bench_${size}`
  const db = dialect === 'sqlite' ? `sqlite:${join(dir, 'state.db')}` : `${mysqlBase}/${dbName}`
  if (dialect === 'mysql') mysqlAdmin(`DROP DATABASE IF EXISTS ${dbName}; CREATE DATABASE ${dbName} CHARACTER SET utf8mb4 COLLATE utf8mb4_bin; DROP DATABASE IF EXISTS ${dbName}_bare; CREATE DATABASE ${dbName}_bare CHARACTER SET utf8mb4`)
  const add = (stage: string, t: Measure, baseline?: Measure & {name: string}) => {
    rows.push({size, dialect, stage, tool: t, baseline})
    console.log(`${dialect.padEnd(6)} ${String(size).padStart(8)} ${stage.padEnd(18)} ${t.wall.toFixed(1)} s ${t.peakMb} MB${baseline ? `   baseline ${baseline.name}: ${baseline.wall.toFixed(1)} s ${baseline.peakMb} MB` : ''}`)
  }

  tool(['init'], db)
  const importTool = tool(['import', 'tickets', csv, '--json'], db)
  let importBase: Measure & {name: string}
  if (dialect === 'sqlite') {
    importBase = {name: 'csv-parse + better-sqlite3 insert loop', ...measure(process.execPath, [BASELINES, 'sqlite-import', csv, join(dir, 'bare.db')])}
  } else {
    execFileSync('mariadb', ['-h', '127.0.0.1', '-u', 'root', `${dbName}_bare`, '-e', `CREATE TABLE bare (ticket_id VARCHAR(191) PRIMARY KEY, channel TEXT, created_at TEXT, requester_type TEXT, region TEXT, topic TEXT, agent TEXT, subject TEXT, body TEXT, requester_name TEXT, requester_email TEXT, requester_phone TEXT, status TEXT, escalated_unit TEXT, escalated_at TEXT, l2_responded_at TEXT, confidential TEXT)`])
    importBase = {name: 'LOAD DATA LOCAL INFILE', ...mariadb(`${dbName}_bare`, `LOAD DATA LOCAL INFILE '${csv}' INTO TABLE bare FIELDS TERMINATED BY ',' OPTIONALLY ENCLOSED BY '"' LINES TERMINATED BY '\\n' IGNORE 1 LINES`)}
  }
  add('import', importTool, importBase)

  const metrics = tool(['report', 'metrics', '--json'], db)
  const groupBy = dialect === 'sqlite'
    ? {name: 'bare GROUP BY (better-sqlite3)', ...measure(process.execPath, [BASELINES, 'sqlite-groupby', join(dir, 'state.db')])}
    : {name: 'bare GROUP BY (mysql2)', ...measure(process.execPath, [BASELINES, 'mysql-groupby', db])}
  add('metrics', metrics, groupBy)

  const archiveDir = join(dir, 'archive')
  const exportTool = tool(['tickets', 'export', '--out', archiveDir, '--force'], db)
  let exportBase: Measure & {name: string}
  if (dialect === 'sqlite') {
    exportBase = {name: 'better-sqlite3 iterate-and-write', ...measure(process.execPath, [BASELINES, 'sqlite-export', join(dir, 'state.db'), join(dir, 'bare.jsonl')])}
  } else {
    const outfile = join(dir, `outfile-${Date.now()}.tsv`)
    exportBase = {name: 'SELECT … INTO OUTFILE', ...mariadb(dbName, `SELECT * FROM tickets ORDER BY period, created_at, ticket_id INTO OUTFILE '${outfile}'`)}
  }
  add('archive export', exportTool, exportBase)
  add('metrics workbook', tool(['report', 'metrics', '--out', join(dir, 'metrics.xlsx')], db))
  add('handover workbook', tool(['report', 'handover', '--out', join(dir, 'handover.xlsx')], db))
  if (dialect === 'mysql') mysqlAdmin(`DROP DATABASE IF EXISTS ${dbName}; DROP DATABASE IF EXISTS ${dbName}_bare`)
  return rows
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)]
}

function statusAndDemo(): {statusMs: number; demoS: number} {
  const dir = join(WORK, 'status')
  rmSync(dir, {recursive: true, force: true})
  mkdirSync(dir, {recursive: true})
  const db = `sqlite:${join(dir, 'state.db')}`
  tool(['init'], db)
  const times = Array.from({length: 11}, () => tool(['status', '--json'], db).wall * 1000)
  const demo = measure(process.execPath, [BIN, 'demo', '--out', join(WORK, 'demo'), '--force'])
  return {statusMs: Math.round(median(times)), demoS: demo.wall}
}

const ratio = (a: number, b: number) => (b > 0 ? a / b : NaN)
const fmt = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : 'n/a')

function report(rows: Row[], sizes: number[], extra: {statusMs: number; demoS: number}): string {
  const lines = [
    '# Benchmarks',
    '',
    `Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Linux ${release()}, Node ${process.version}, MariaDB on 127.0.0.1.`,
    'Each stage runs as its own process under `/usr/bin/time`; wall seconds and peak resident memory (MB) are that process\'s.',
    'Each baseline is the least code that does the same job, run the same way in the same script. Rows/s = tickets / wall seconds.',
    'MariaDB baselines run inside the server; their memory column is the client\'s only.',
    '',
    '| dialect | tickets | stage | tool s | tool rows/s | tool MB | baseline | base s | base rows/s | tool/base throughput |',
    '| --- | ---: | --- | ---: | ---: | ---: | --- | ---: | ---: | ---: |',
  ]
  for (const r of rows) {
    const b = r.baseline
    lines.push(`| ${r.dialect} | ${r.size.toLocaleString('en')} | ${r.stage} | ${r.tool.wall.toFixed(1)} | ${Math.round(r.size / r.tool.wall).toLocaleString('en')} | ${r.tool.peakMb} | ${b?.name ?? '—'} | ${b ? b.wall.toFixed(1) : '—'} | ${b ? Math.round(r.size / b.wall).toLocaleString('en') : '—'} | ${b ? fmt(ratio(b.wall, r.tool.wall)) : '—'} |`)
  }
  lines.push('', '## Goals', '')
  const big = Math.max(...sizes)
  const small = Math.min(...sizes)
  const find = (d: string, size: number, stage: string) => rows.find((r) => r.dialect === d && r.size === size && r.stage === stage)
  for (const d of [...new Set(rows.map((r) => r.dialect))]) {
    const imp = find(d, big, 'import')
    const exp = find(d, big, 'archive export')
    const met = find(d, big, 'metrics')
    if (imp?.baseline) lines.push(`- ${d}: import at ${big.toLocaleString('en')} runs at ${fmt(ratio(imp.baseline.wall, imp.tool.wall))}× the baseline's rows/s (goal ≥ 0.6): ${ratio(imp.baseline.wall, imp.tool.wall) >= 0.6 ? 'met' : 'missed'}`)
    if (exp?.baseline) {
      const goal = d === 'sqlite' ? 0.6 : 0.5
      lines.push(`- ${d}: archive export at ${fmt(ratio(exp.baseline.wall, exp.tool.wall))}× the baseline (goal ≥ ${goal}): ${ratio(exp.baseline.wall, exp.tool.wall) >= goal ? 'met' : 'missed'}`)
    }
    if (met?.baseline) lines.push(`- ${d}: metrics take ${fmt(ratio(met.tool.wall, met.baseline.wall))}× the bare GROUP BY's time (goal ≤ 2): ${ratio(met.tool.wall, met.baseline.wall) <= 2 ? 'met' : 'missed'}`)
    if (big !== small) {
      for (const stage of ['import', 'metrics', 'archive export', 'metrics workbook', 'handover workbook']) {
        const a = find(d, small, stage)
        const b = find(d, big, stage)
        if (a && b) lines.push(`- ${d}: ${stage} peak memory ${b.tool.peakMb} MB at ${big.toLocaleString('en')} vs ${a.tool.peakMb} MB at ${small.toLocaleString('en')} (${fmt(b.tool.peakMb / a.tool.peakMb)}×; goal ≤ 1.25× and < 300 MB): ${b.tool.peakMb <= 1.25 * a.tool.peakMb && b.tool.peakMb < 300 ? 'met' : 'missed'}`)
      }
    }
  }
  lines.push(`- \`status\` median of 11 runs: ${extra.statusMs} ms (goal < 500 ms): ${extra.statusMs < 500 ? 'met' : 'missed'}`)
  lines.push(`- \`demo\`: ${extra.demoS.toFixed(1)} s (goal < 120 s): ${extra.demoS < 120 ? 'met' : 'missed'}`)
  lines.push('', '## Rerun', '', '```sh', 'npm run bench                                   # 100k and 1M tickets, SQLite and MariaDB', 'npm run bench -- --sizes 100000 --dialects sqlite  # a quick look', '```', '')
  return lines.join('\n')
}

async function main(): Promise<void> {
  const sizes = arg('sizes', '100000,1000000').split(',').map(Number)
  const dialects = arg('dialects', 'sqlite,mysql').split(',') as ('sqlite' | 'mysql')[]
  const mysqlBase = arg('mysql', 'mysql://root@127.0.0.1:3306')
  mkdirSync(WORK, {recursive: true})
  const rows: Row[] = []
  for (const size of sizes) {
    const csv = join(WORK, `tickets-${size}.csv`)
    if (!existsSync(csv)) await generateTickets(csv, size)
    for (const d of dialects) rows.push(...benchDialect(size, d, csv, mysqlBase))
  }
  const extra = statusAndDemo()
  const md = report(rows, sizes, extra)
  writeFileSync(join(ROOT, 'BENCHMARKS.md'), md)
  console.log(`\n${md}`)
}

main().catch((error) => {
  console.error(error.message ?? error)
  process.exit(1)
})

/**
 * `npm run bench`: throughput and peak memory of each stage at 100k and 1M tickets, on SQLite and
 * MariaDB, each beside a bare baseline measured the same way in the same run, as alternated pairs
 * (tool then baseline, baseline then tool, …) so that a busy machine slows both alike. Writes BENCHMARKS.md.
 * Options: --sizes 100000,1000000  --dialects sqlite,mysql  --pairs 3  --stages import,metrics,export,workbooks,status,demo
 *          --mysql mysql://root@127.0.0.1:3306
 *          --report-only (rewrite BENCHMARKS.md from the last run's results.json, without measuring)
 */
import {execFileSync, spawnSync} from 'node:child_process'
import {chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {cpus, totalmem, release} from 'node:os'
import {join} from 'node:path'
import {explainRegion} from '../src/sources/regions'
import {generateTickets, REGIONS} from './generate-tickets'

const ROOT = join(__dirname, '..', '..')
const BIN = join(ROOT, 'bin', 'run.js')
const BASELINES = join(__dirname, 'baselines.js')
/** The channels that close, each with a final_export step (mappings/channels.yaml). */
const CLOSING_CHANNELS = ['phone', 'whatsapp', 'email', 'helpdesk', 'livechat']

const WORK = process.env.BENCH_DIR ?? '/tmp/prime-migrate-bench'

interface Measure {
  wall: number
  peakMb: number
}

/** One tool run and one baseline run, one right after the other; `toolFirst` alternates. */
interface Pair {
  tool: Measure
  base: Measure
  toolFirst: boolean
}

interface Row {
  size: number
  dialect: string
  stage: string
  /** The baseline's name (a key of BASELINES_SAID); absent for stages without one. */
  baseline?: string
  pairs: Pair[]
  /** Runs of a stage without a baseline. */
  runs?: Measure[]
}

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 ? process.argv[i + 1] : fallback
}

/** Run a command under /usr/bin/time: wall seconds and peak resident memory of the process. */
function measure(cmd: string, args: string[], opts: {env?: Record<string, string>} = {}): Measure {
  const timeFile = join(WORK, 'time.txt')
  const r = spawnSync('/usr/bin/time', ['-o', timeFile, '-f', '%e %M', cmd, ...args], {
    env: {...process.env, ...opts.env},
    encoding: 'utf8',
    maxBuffer: 1024 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}):\n${r.stderr}\n${(r.stdout ?? '').slice(0, 2000)}`)
  const [wall, kb] = execFileSync('tail', ['-n', '1', timeFile], {encoding: 'utf8'}).trim().split(' ').map(Number)
  return {wall, peakMb: Math.round(kb / 1024)}
}

const tool = (args: string[], db: string) => measure(process.execPath, [BIN, ...args, '--db', db], {env: {PRIME_MIGRATE_ACTOR: 'bench'}})
const baseline = (...args: string[]) => measure(process.execPath, [BASELINES, ...args])
const mariadb = (db: string, sql: string) => measure('mariadb', ['--local-infile=1', '-h', '127.0.0.1', '-u', 'root', db, '-e', sql])

function mysqlAdmin(sql: string): void {
  execFileSync('mariadb', ['-h', '127.0.0.1', '-u', 'root', '-e', sql])
}

function freshMysql(name: string): void {
  mysqlAdmin(`DROP DATABASE IF EXISTS ${name}; CREATE DATABASE ${name} CHARACTER SET utf8mb4 COLLATE utf8mb4_bin`)
}

/**
 * `count` pairs, the first with the tool first, then alternating; `before` readies a run (fresh store) and is not timed.
 * Each pair is reported on stderr as it ends, under `label`: a 1M MariaDB stage runs for minutes.
 */
function pairs(
  count: number,
  label: string,
  run: {tool: () => Measure; base: () => Measure; beforeTool?: () => void; beforeBase?: () => void},
): Pair[] {
  const out: Pair[] = []
  for (let i = 0; i < count; i++) {
    const toolFirst = i % 2 === 0
    let t: Measure | undefined
    let b: Measure | undefined
    for (const which of toolFirst ? ['tool', 'base'] : ['base', 'tool']) {
      if (which === 'tool') {
        run.beforeTool?.()
        t = run.tool()
      } else {
        run.beforeBase?.()
        b = run.base()
      }
    }
    out.push({tool: t!, base: b!, toolFirst})
    console.error(
      `  ${label}: pair ${i + 1} of ${count}, tool ${t!.wall.toFixed(1)} s, baseline ${b!.wall.toFixed(1)} s, ratio ${fmt(b!.wall / t!.wall)}`,
    )
  }
  return out
}

const sqlText = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`

/**
 * LOAD DATA into the real `tickets` table (its indexes included) with every derived column computed
 * in SQL: the Jakarta fields from the timestamps, province, zone and region status of the benchmark's
 * region texts (read by the tool beforehand, outside the timing), the row hash, the source row.
 */
function loadDataSql(csv: string): string {
  const regions = REGIONS.filter(Boolean).map((text) => ({text, r: explainRegion(text)}))
  const caseOf = (value: (r: ReturnType<typeof explainRegion>) => string | null, empty: string) =>
    `CASE @region ${regions.map(({text, r}) => `WHEN ${sqlText(text)} THEN ${value(r) === null ? 'NULL' : sqlText(value(r)!)}`).join(' ')} WHEN '' THEN ${empty} END`
  const local = (v: string) => `DATE_ADD(STR_TO_DATE(NULLIF(${v}, ''), '%Y-%m-%dT%H:%i:%sZ'), INTERVAL 7 HOUR)`
  const raw = ['@ticket_id', '@channel', '@created_at', '@requester_type', '@region', '@topic', '@agent', '@subject', '@body'].concat([
    '@requester_name',
    '@requester_email',
    '@requester_phone',
    '@status',
    '@escalated_unit',
    '@escalated_at',
    '@l2_responded_at',
    '@confidential',
  ])
  return [
    'SET @row := 1;',
    `LOAD DATA LOCAL INFILE ${sqlText(csv)} INTO TABLE tickets CHARACTER SET utf8mb4`,
    `FIELDS TERMINATED BY ',' OPTIONALLY ENCLOSED BY '"' ESCAPED BY '' LINES TERMINATED BY '\\n' IGNORE 1 LINES`,
    `(${raw.join(', ')})`,
    'SET ticket_id = @ticket_id, channel = @channel, created_at = @created_at, requester_type = @requester_type, topic = @topic,',
    `created_local = DATE_FORMAT(@l := ${local('@created_at')}, '%Y-%m-%d %H:%i:%s'), period = DATE_FORMAT(@l, '%Y-%m'),`,
    "local_date = DATE_FORMAT(@l, '%Y-%m-%d'), local_weekday = WEEKDAY(@l) + 1, local_minute = HOUR(@l) * 60 + MINUTE(@l),",
    `region = NULLIF(@region, ''), province = ${caseOf((r) => r.province, 'NULL')}, zone = ${caseOf((r) => r.zone, 'NULL')},`,
    `region_status = ${caseOf((r) => r.status, "'empty'")},`,
    "agent = NULLIF(@agent, ''), subject = NULLIF(@subject, ''), body = NULLIF(@body, ''), requester_name = NULLIF(@requester_name, ''),",
    "requester_email = NULLIF(@requester_email, ''), requester_phone = NULLIF(@requester_phone, ''), status = NULLIF(@status, ''),",
    "escalated_unit = NULLIF(@escalated_unit, ''), escalated_at = NULLIF(@escalated_at, ''),",
    `escalated_local_date = DATE_FORMAT(@e := ${local('@escalated_at')}, '%Y-%m-%d'), escalated_period = DATE_FORMAT(@e, '%Y-%m'),`,
    `l2_responded_at = NULLIF(@l2_responded_at, ''), l2_responded_local_date = DATE_FORMAT(${local('@l2_responded_at')}, '%Y-%m-%d'),`,
    `confidential = (@confidential = 'true'), row_hash = SHA2(CONCAT_WS(0x1f, ${raw.join(', ')}), 256),`,
    `seen_import = 1, source = ${sqlText(csv)}, source_row = (@row := @row + 1)`,
  ].join('\n')
}

interface Plan {
  pairs: number
  stages: Set<string>
  mysqlBase: string
}

function benchDialect(size: number, dialect: 'sqlite' | 'mysql', csv: string, plan: Plan): Row[] {
  const rows: Row[] = []
  const dir = join(WORK, `${dialect}-${size}`)
  rmSync(dir, {recursive: true, force: true})
  mkdirSync(dir, {recursive: true})
  const dbName = `pm_bench_${size}`
  const db = dialect === 'sqlite' ? `sqlite:${join(dir, 'state.db')}` : `${plan.mysqlBase}/${dbName}`
  const freshStore = () => {
    if (dialect === 'sqlite') for (const f of ['state.db', 'state.db-wal', 'state.db-shm']) rmSync(join(dir, f), {force: true})
    else freshMysql(dbName)
    tool(['init'], db)
  }
  const add = (row: Row) => {
    rows.push(row)
    const s = summary(row)
    console.log(
      `${dialect.padEnd(6)} ${String(size).padStart(8)} ${row.stage.padEnd(18)} tool ${s.toolS.toFixed(1)} s ${s.toolMb} MB` +
        (row.baseline ? `   ${row.baseline}: ${s.baseS.toFixed(1)} s   ratio ${fmt(s.ratio)} (${fmt(s.min)}–${fmt(s.max)})` : ''),
    )
  }
  const importArgs = ['import', 'tickets', csv, '--json']

  if (plan.stages.has('import')) {
    if (dialect === 'sqlite') {
      const bare = join(dir, 'bare.db')
      add({
        size,
        dialect,
        stage: 'import',
        baseline: 'sqlite-import',
        pairs: pairs(plan.pairs, `${dialect} ${size} import`, {
          beforeTool: freshStore,
          tool: () => tool(importArgs, db),
          beforeBase: () => ['', '-wal', '-shm'].forEach((x) => rmSync(bare + x, {force: true})),
          base: () => baseline('sqlite-import', csv, bare),
        }),
      })
    } else {
      const baseDb = `${dbName}_base`
      const sql = loadDataSql(csv)
      // The default path, then the opt-in one (new rows by LOAD DATA LOCAL, validated and hashed by the tool), against the same baseline.
      for (const [stage, args] of [
        ['import', importArgs],
        ['import --load-data', [...importArgs, '--load-data']],
      ] as const)
        add({
          size,
          dialect,
          stage,
          baseline: 'mysql-import',
          pairs: pairs(plan.pairs, `${dialect} ${size} ${stage}`, {
            beforeTool: freshStore,
            tool: () => tool([...args], db),
            beforeBase: () => {
              freshMysql(baseDb)
              tool(['init'], `${plan.mysqlBase}/${baseDb}`)
            },
            base: () => mariadb(baseDb, sql),
          }),
        })
      mysqlAdmin(`DROP DATABASE IF EXISTS ${baseDb}`)
    }
  } else {
    freshStore()
    tool(importArgs, db)
  }

  if (plan.stages.has('metrics')) {
    const sqlFile = join(dir, 'metrics-sql.json')
    baseline('capture-metrics', db, sqlFile)
    add({
      size,
      dialect,
      stage: 'metrics',
      baseline: `${dialect}-metrics`,
      pairs: pairs(plan.pairs, `${dialect} ${size} metrics`, {
        tool: () => tool(['report', 'metrics', '--json'], db),
        base: () =>
          dialect === 'sqlite' ? baseline('sqlite-metrics', join(dir, 'state.db'), sqlFile) : baseline('mysql-metrics', db, sqlFile),
      }),
    })
  }

  if (plan.stages.has('export')) {
    const archiveDir = join(dir, 'archive')
    // The server writes the outfile as its own user (mysql), so it needs a folder anyone may write to.
    const outDir = join(dir, 'outfile')
    mkdirSync(outDir, {recursive: true})
    chmodSync(outDir, 0o777)
    let n = 0
    let exports = 0
    add({
      size,
      dialect,
      stage: 'archive export',
      baseline: `${dialect}-export`,
      pairs: pairs(plan.pairs, `${dialect} ${size} archive export`, {
        // A new folder each time: the same export into the same folder resumes, finding every month done.
        beforeTool: () => rmSync(`${archiveDir}-${exports}`, {recursive: true, force: true}),
        tool: () => tool(['tickets', 'export', '--out', `${archiveDir}-${++exports}`], db),
        beforeBase: () => rmSync(join(outDir, `tickets-${n}.out`), {force: true}),
        base: () =>
          dialect === 'sqlite'
            ? baseline('sqlite-export', join(dir, 'state.db'), join(outDir, `tickets-${n++}.out`))
            : baseline('mysql-export', db, join(outDir, `tickets-${n++}.out`)),
      }),
    })
    rmSync(outDir, {recursive: true, force: true})
    // The last archive verified (not timed), then each closing channel's final_export marked done with
    // its manifest as evidence: what a user does at the end, on a store of this size.
    const archive = `${archiveDir}-${exports}`
    tool(['tickets', 'verify', archive], db)
    add({
      size,
      dialect,
      stage: 'final_export check',
      pairs: [],
      runs: CLOSING_CHANNELS.map((ch) =>
        tool(['channels', 'check', ch, 'final_export', '--status', 'done', '--evidence', join(archive, 'manifest.json'), '--json'], db),
      ),
    })
  }

  if (plan.stages.has('workbooks')) {
    add({
      size,
      dialect,
      stage: 'metrics workbook',
      pairs: [],
      runs: [tool(['report', 'metrics', '--out', join(dir, 'metrics.xlsx'), '--force'], db)],
    })
    add({
      size,
      dialect,
      stage: 'handover workbook',
      pairs: [],
      runs: [tool(['report', 'handover', '--out', join(dir, 'handover.xlsx'), '--force'], db)],
    })
  }
  if (dialect === 'mysql') mysqlAdmin(`DROP DATABASE IF EXISTS ${dbName}`)
  return rows
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
}

/** Medians of a row's pairs: tool and baseline seconds, the throughput ratio (baseline s / tool s) per pair, and its spread. */
function summary(r: Row): {toolS: number; toolMb: number; baseS: number; baseMb: number; ratio: number; min: number; max: number} {
  const runs = r.pairs.length ? r.pairs.map((p) => p.tool) : (r.runs ?? [])
  const ratios = r.pairs.map((p) => p.base.wall / p.tool.wall)
  return {
    toolS: median(runs.map((m) => m.wall)),
    // Memory goals are met or missed by the worst run, not a typical one.
    toolMb: Math.max(...runs.map((m) => m.peakMb)),
    baseS: r.pairs.length ? median(r.pairs.map((p) => p.base.wall)) : NaN,
    baseMb: r.pairs.length ? Math.max(...r.pairs.map((p) => p.base.peakMb)) : NaN,
    ratio: ratios.length ? median(ratios) : NaN,
    min: ratios.length ? Math.min(...ratios) : NaN,
    max: ratios.length ? Math.max(...ratios) : NaN,
  }
}

interface Extra {
  /** Median `status` time on an empty store, and on the largest SQLite store the run built (if any). */
  statusMs?: number
  statusBigMs?: number
  statusBigSize?: number
  demoS?: number
}

function statusMedian(db: string): number {
  return Math.round(median(Array.from({length: 11}, () => tool(['status', '--json'], db).wall * 1000)))
}

function statusAndDemo(sizes: number[], dialects: string[], stages: Set<string>): Extra {
  const extra: Extra = {}
  if (stages.has('status')) {
    const dir = join(WORK, 'status')
    rmSync(dir, {recursive: true, force: true})
    mkdirSync(dir, {recursive: true})
    const db = `sqlite:${join(dir, 'state.db')}`
    tool(['init'], db)
    extra.statusMs = statusMedian(db)
    // A user runs status on their real store: measure it on the biggest one too (kept after its run).
    const big = Math.max(...sizes)
    const bigDb = join(WORK, `sqlite-${big}`, 'state.db')
    if (dialects.includes('sqlite') && existsSync(bigDb)) {
      extra.statusBigMs = statusMedian(`sqlite:${bigDb}`)
      extra.statusBigSize = big
    }
  }
  if (stages.has('demo')) extra.demoS = measure(process.execPath, [BIN, 'demo', '--out', join(WORK, 'demo'), '--force']).wall
  return extra
}

/** What each baseline does, and what it leaves out that the tool does: printed under the table. */
const BASELINES_SAID: Record<string, {name: string; does: string}> = {
  'sqlite-import': {
    name: 'bare loop: csv-parse + one prepared better-sqlite3 INSERT',
    does: 'reads the CSV with csv-parse and inserts its 17 raw strings per row with one prepared statement, 2,000 rows a transaction, WAL and `synchronous = FULL` as the store uses, into a table with only a primary key. It does not validate, derive the Jakarta fields, resolve regions, hash rows, look up existing rows (idempotence), record rejects or audit, and maintains no secondary index.',
  },
  'mysql-import': {
    name: 'LOAD DATA LOCAL INFILE into the real tickets table',
    does: "is the server's own bulk loader run by the `mariadb` client into the tool's own `tickets` table (all its indexes), with the derived columns computed in SQL as the rows load: the Jakarta time, month, date, weekday and minute of each timestamp, province, zone and region status (a CASE over the benchmark's nine region texts, read by the tool beforehand), the row hash (SHA2) and the source row. It does not validate against the mappings, resolve region text it was not told about, look up existing rows (a re-load would fail or duplicate), reject rows with a reason, or audit.",
  },
  'sqlite-metrics': {
    name: "the tool's own metrics SQL, run bare (better-sqlite3)",
    does: 'runs the statements `report metrics` sends to the store (recorded once beforehand, bindings included) with better-sqlite3 in a process of its own. It does not start the CLI, open and check the store (migrations, settings), read the mappings and service rules, or turn the grouped rows into metric rows.',
  },
  'mysql-metrics': {
    name: "the tool's own metrics SQL, run bare (mysql2)",
    does: 'runs the statements `report metrics` sends to the store (recorded once beforehand, bindings included) over one mysql2 connection. It does not start the CLI, open and check the store, read the mappings and service rules, or turn the grouped rows into metric rows.',
  },
  'sqlite-export': {
    name: 'the 21 archive columns in index order, buffered writes',
    does: "reads the archive's 21 columns in the archive's order (period, created_at, ticket_id: a scan of tickets_archive_order) with better-sqlite3 and writes each row as a JSON line into one file, a megabyte at a time. It does not split months into files, hash or fsync them, redact confidential rows, count per channel, compute the store signature or write the manifest and checksums.",
  },
  'mysql-export': {
    name: 'the 21 archive columns in index order over one mysql2 connection, buffered writes',
    does: "streams the archive's 21 columns in the archive's order (FORCE INDEX tickets_archive_order: no filesort) over one mysql2 connection and writes each row as a JSON line into one file, a megabyte at a time: the SQLite baseline's work, over the protocol, as the export must run from any machine that reaches the database. It does not split months into files, hash or fsync them, redact confidential rows, count per channel, compute the store signature or write the manifest and checksums.",
  },
}

/** What earlier rounds measured, kept so a rerun shows the trend (edit when a round of fixes lands). */
const HISTORY = [
  '- Before the first round of fixes (same machine, 100k tickets, SQLite): import 14.1 s (0.18× the bare loop; 225 MB),',
  '  metrics 1.0 s, archive export 3.1 s, `status` 670 ms.',
  '- First round: the common ISO timestamp shapes parsed by hand, cached prepared statements for SQLite batches, MariaDB',
  "  inserts without knex's insert compiler, a redundant index dropped, lazy loading of exceljs, jszip, yaml, listr2 and",
  '  @inquirer/prompts. Import then measured 0.27–0.39× the bare loop on SQLite at 1M; every stage ran once, tool first, against',
  '  baselines that were not the same work (LOAD DATA into a primary-key-only table: 0.08×; `SELECT *` exports; an uncovered GROUP BY).',
  '- Second round (issue 18): baselines made fair and run as alternated pairs; CSV read by papaparse instead of csv-parse (5–6× faster',
  '  on the register); reading, validation and hashing in a worker thread one batch ahead of the writer, batches held column-wise,',
  '  rows as read kept by the worker until a reject needs them; one-shot SHA-256 per row; the four indexes the metrics grouped by',
  '  merged into one (`tickets_dimensions_index`, read in one pass); on MariaDB the insert text written by the worker and one batch',
  '  committing while the next is written, and the opt-in `--load-data`. Two full runs at 100k on the shared machine (load 4–5, 3',
  '  pairs each): SQLite import 0.45× (0.42–1.08) and 0.50× (0.47–0.58); MariaDB 0.38× and 0.32×, with `--load-data` 0.48× and',
  '  0.38×. Single runs at 1M: SQLite 0.55× (3 pairs, 0.53–0.62, a build before the last memory changes); peak memory 261 MB',
  '  (SQLite), 290 MB (MariaDB) and 293 MB (`--load-data`) against 221–272 MB at 100k. The merged index against the four it',
  '  replaced, the grouping queries alone at 1M: SQLite 0.64–0.96 s vs 0.70–1.05 s, MariaDB 1.5–2.2 s vs 1.8–2.4 s (both built',
  '  alike); at 100k on SQLite about 50 ms slower, as its ~23,000 groups reach Node instead of ~700.',
  '- Third look (issue 18, a machine running nothing else): the tool barely moved and the baselines got faster, so the ratios',
  '  fell (SQLite import 0.42×, MariaDB 0.26×, `--load-data` 0.24× at 100k). Profiles of both import threads at 100k: start-up',
  '  to the first row 0.7 s, the loop 3.2 s with both threads nearly saturated, the tail (tickets digest, region counts, audit)',
  '  0.85 s. Tried and dropped, no gain measured: `synchronous = NORMAL` during the batches, 16-row INSERT statements, a larger',
  "  young generation for the worker (0.2 s for 20 MB more), the digest's row text built by SQLite. `status` no longer loads the",
  '  step runners (resvg, jszip, the archive verifier, the import engine): 858 → 741 modules at start-up. 1M was not rerun.',
  '- Fourth look (issue 18, 2026-12-02): SQLite copies its WAL into the database every 20,000 pages rather than 1,000 (1M, one',
  '  run each: 40.7 s → 34.1 s; 100k, two each: 5.3–5.5 → 4.7–4.8 s); each good row of a batch is an array of its own, not one',
  '  flat list per batch, which V8 kept in its large-object space until a full collection (1M SQLite import: peak 259–277 →',
  '  230 MB, a fifth less',
  '  system time); the UTF-8 pre-check uses isUtf8 instead of decoding (1M register, alternated on a busy machine: 0.59–1.23 s →',
  '  0.43–0.47 s before the first row; 0.27 s alone);',
  '  the digest aggregate hashes each row in one call. The MariaDB export baseline became a mysql2 stream of the 21 columns',
  '  (`SELECT … INTO OUTFILE`, which never crosses the protocol, gave 0.13×), and `channels check … final_export` is timed.',
  '  Tried and dropped, no gain measured: 10,000-row batches (and 450 MB at 1M), a 64 MB page cache, `synchronous = NORMAL`, the',
  '  import without its secondary indexes (1M: 34.2 s against 32–34 s), the tickets digest kept batch by batch instead of read',
  '  at the end. Profile at 1M on SQLite: the writer thread is the bottleneck (inserts 10.4 s, commits 7.9 s, GC 3.8 s, the',
  '  digest 5.6 s of 34 s under the profiler) while the worker idles 6.6 s; at 100k the worker is. The whole 1M import used',
  '  44 s user and 8.5 s system CPU on the two cores. In the run above, the MariaDB baseline for `import --load-data` at 1M took',
  '  27.0 and 28.1 s in two of its three pairs, against 17.4–19.1 s in the other four 1M runs of the same baseline (the tool’s',
  '  runs stayed at 45.8–49.6 s); the cause was not found. Its median ratio (0.59) reflects that slowness, not the tool: against',
  '  18 s, `--load-data` runs at about 0.37×.',
  '- Fifth look (issue 18, 2026-12-02, second session): an import that only adds rows to a SQLite register gives the',
  "  register's digest for its audit entry from the new rows' lanes, summed by the worker as it validates them, added to the",
  "  sums of the chain's last digest (docs/audit.md), instead of reading the whole table at the end (5.4 s at 1M, alone); the",
  '  lanes of a row come from one latin1 SHA-256 and one join, which halved the hashing of `audit verify` too (same digests).',
  '  Alternated against the build before it, one import each way twice: 1M 31.4 → 29.4 s and 27.5 → 25.8 s; 100k 4.35 → 4.29 s',
  '  (three each): the worker, now the longer thread, took on what the writer gave up. Tried and dropped, no gain measured at',
  '  1M: committing every 5 or 10 batches instead of every batch (26.0–29.7 s against 27.6–29.0 s), a worker that keeps no',
  '  batch for later details, a 32 MB young generation for the worker (median 27.2 s against 29.4 s over five runs each,',
  '  +20 MB; within the noise of this machine). The chart renderer now loads vega with a plain `import()`: the one built with',
  "  `new Function` was cached by V8 across jest's test files and failed CI once.",
  '- Sixth look (issue 18, 2026-12-02, third session): an import that only adds rows to a MariaDB register gives the digest',
  '  from the new rows’ lanes too: the worker reproduces the server’s `CONCAT_WS` rendering for values whose stored form is',
  '  certain (docs/audit.md) and sums the two 60-bit lanes in 20-bit pieces; the whole-table read it saves took 5.4–6.9 s at',
  '  1M, and the lanes cost the worker about 3.4 µs a row (0.33–0.36 s per 100k, the same on both stores). Alternated against',
  '  the build before, one import each way, 1M on MariaDB: the default path 51.7 → 50.2 s (medians of five pairs: the worker,',
  '  the longer thread there, took on most of what the server gave up), `--load-data` 45.5 → 40.6 s (three pairs). The worker',
  '  formats stored instants and Jakarta fields from the day it last formatted rather than a Date’s ISO text per row: the',
  '  worker’s pipeline alone over the 1M register 20.3 and 20.0 s → 17.3 and 16.9 s (fewer objects kept per row, so less',
  '  scavenging); as whole imports that did not stand out from this machine’s noise (1M SQLite, two pairs: 25.8 and 26.3 s',
  '  against 24.1 and 28.8 s). The worker thread is started when the register file is opened, so its modules load while the',
  '  file is checked (first insert at 100k, profiled: 1.31–1.61 s → 1.16 s). Start-up: oclif’s check of its own Node range',
  '  (semver, 47 modules) is skipped, only the run’s language catalogue is loaded, luxon and html-to-text load on use:',
  '  `status` 0.51 → 0.49 s, `channels check … final_export` at 1M 0.57 → 0.54 s (medians of 21 and 11 alternated runs).',
  '  Measured and dropped: a larger young generation for the worker (48 MB: 1M 25.4/27.9 → 25.2/27.4 s, +20 MB), a',
  '  single-threaded collector (slower), the row hash written into a reused Buffer (a tenth of its 0.35 s per 100k), each',
  '  batch’s rows kept serialized in the worker (V8’s serializer holds every object it wrote until the batch ends). In the',
  '  run above the machine was slower than during those pairs (`status` 600 ms against 490 ms by hand the same hour).',
  '- Seventh look (issue 18, 2026-12-02, fourth session): per-thread CPU of a 1M `--load-data` import showed the writing',
  '  thread at 15.7 s (7 s of it joining and encoding the 2,000 row texts of each batch it received, 5.5 s writing them to the',
  '  socket) and V8’s collector threads at 15.5 s. The worker now writes each batch’s new rows into one block of UTF-8 (row',
  '  ends beside it) and transfers the block to the writer instead of 2,000 strings: INSERT statements and LOAD DATA packets',
  '  are cut from it without copying. The writing thread fell to about 4 s, and the import’s memory from 295–317 MB to',
  '  205–245 MB. The worker no longer keeps each row as read and its values until the writer might ask for them (an update,',
  '  a repeated key): the CSV reader keeps the text of its last few steps and parses a row again when asked, and its values',
  '  are validated again; alone over the 1M register the worker went from 20.6–22.1 s to 16.3–16.5 s at best (this machine',
  '  varied by a third between runs). Alternated against the build before, one import each way, 1M on MariaDB: `--load-data`',
  '  38.2–41.2 s → 25.7–33.2 s (three pairs; the baseline 17.3–17.7 s), the default path 48.2 and 49.6 s → 37.3 and 33.5 s',
  '  (two pairs), where the server’s parsing of INSERT text is 26–28 s of CPU against 19–23 s for the same rows by LOAD DATA;',
  '  SQLite 29.7 and 25.5 s → 23.4 and 24.3 s (two pairs). 5,000-row batches instead of 2,000 on MariaDB: no gain, 300 MB.',
  '  In the run above the LOAD DATA baseline of the `--load-data` stage took 27.9 and 29.3 s in two of its pairs and 17.4 s in',
  '  the third (19.2–21.7 s in the default path’s stage): its median ratio, 0.76×, owes much to those two; against the',
  '  17.4–21.7 s runs the tool’s 30.4–38.6 s are 0.45–0.71×.',
  '- Eighth look (issue 18, 2026-12-02, fifth session): start-up. A profile of `status` showed 635 modules loaded (oclif 69,',
  '  knex 67 with 252 lodash files, yaml 72, zod 10, ours 80) and most of its time in finding, reading and compiling them.',
  '  The build now bundles tsc’s output with esbuild into `dist/cli.js` (each command required only when it runs; exceljs,',
  '  the chart renderer, mysql2, luxon and the CSV readers left out, to load on use) and the worker into',
  '  `dist/import-worker.js`. Alternated against the build before, 21–41 runs each on the demo store: `status` 573–601 →',
  '  473–497 ms, `channels check … final_export` 547–559 → 441–442 ms; a 100k SQLite import 4.1–4.5 → 3.9–4.1 s (four pairs;',
  '  the worker starts sooner). Tried and dropped: V8’s code cache through `vm.Script` (about 30 ms; a script compiled from',
  '  cached data loses its dynamic `import()` on Node 20, which the chart renderer needs, as vega cannot be required), a',
  '  minified bundle (30 ms slower to start, names kept). In the run above the machine was slower than in the seventh look’s',
  '  (the SQLite bare loop 19.1 s against 14.0 s at 1M), which falls on the client: the default MariaDB path took 42.4 s',
  '  against 34.5 s, and by hand after the run, alternated, 1M by the default path: the build before 45.6 and 41.1 s, this',
  '  one 39.2 and 35.3 s. A first batch of 250 rows instead of 2,000 (the writer starts sooner) moved a 100k SQLite import',
  '  by less than this machine’s noise (four alternated pairs, 3.4–5.0 s either way): not kept.',
  '- Ninth look (issue 18, 2026-12-02, sixth session): the worker escapes INSERT values with sql-escaper (mysql2’s own',
  '  `escape`) instead of loading the whole driver (about 40 ms before its first batch), and the import builds the place index',
  '  its region counts need while the worker reads the first batch rather than after the last (about 60 ms of the tail).',
  '  Measured and not kept, for the default MariaDB path at 1M: skipping the batch’s key look-up (as an import into an empty',
  '  table could): three alternated pairs 31.1/30.8, 35.5/35.0 and 37.4/38.6 s, within this machine’s drift; the server’s',
  '  CPU moved by less than its own spread (24–30 s). The same 100k rows by prepared multi-row INSERTs (binary protocol,',
  '  500 rows a statement) against INSERT text: 10–15 % less server CPU (161–252 against 193–271 ticks over four pairs),',
  '  slower overall, and the values would be encoded by mysql2 on the writing thread; not pursued. 100 against 500 rows an',
  '  INSERT statement (five alternated pairs of 100k rows): the same server CPU. The worker started when the import command',
  '  starts rather than when it opens the file: 40 ms sooner, no change in six alternated 100k imports; not kept. In the run',
  '  above the machine was faster than in the eighth look’s (the SQLite bare loop 13.8 s against 19.1 s at 1M).',
  '- Tenth look (issue 18, 2026-12-03, seventh session): measured only, no code changed (the ninth look’s build). At 1M on',
  '  MariaDB, one pair each at the start of the session: the default path 55.2 s against the baseline’s 29.3 s (0.53×),',
  '  `--load-data` 49.6 s against 25.3 s (0.51×); in the run above, 40 minutes later, 45.6 s and 31.0 s (0.56×, 0.72×): the',
  '  same import took 31 to 50 s within the hour. Timers in the writer’s loop (a temporary build, 1M): with `--load-data`',
  '  33.1–41.0 s of a 34.5–45.5 s loop went on writing batches (the look-up 4.1 s, LOAD DATA 28.1 s, BEGIN 0.5 s in one of',
  '  them), 0.5–2.5 s on waiting for the worker’s next batch, under 0.01 s on waiting for a commit; by the default path 43.3',
  '  of 46.9 s writing (the look-up 3.5 s, the INSERTs 39.0 s), 0.4 s waiting. Both paths wait on the server. Per thread',
  '  (/proc, 1M, `--load-data`): the server 28–38 s of CPU, the worker 24–31 s, the writing thread 3–4 s, V8’s helper threads',
  '  5–7 s; the two cores were busy about 1.7 of 2 over the import. Alone, the worker’s bundle on the import’s own job took',
  '  20.9–28.9 s; the server’s share, replayed from the `mariadb` client on the import’s own rows (500 LOAD DATA of 2,000',
  '  rows, each its own transaction, with or without each batch’s key look-up), 21–30 s, one LOAD DATA of them all 22–26 s,',
  '  and the 500 through mysql2 in 64 KB or 1 MB packets no less. Side by side, the worker alone and the replayed load',
  '  finished in 20.9 and 24.7 s (the load alone 21.1 s): the two cores do run them in parallel, so the import loses its time',
  '  between the server’s statements (its CPU time about four fifths of the loop) and, in most runs, to more server CPU than',
  '  the replay took alone (28–38 s against 21–30 s). `--trace-gc` at 1M: the worker made 1,567 scavenges of about 7 MB (some',
  '  11 KB allocated a row; 3.5 s of pauses) and 95 mark-compacts (0.9 s); the writing thread 64 mark-compacts (1.4 s) on a',
  '  20–28 MB heap. Tried and not kept: one batch at a time rather than one committing while the next is written (1M',
  '  `--load-data`, two alternated pairs: 44.1 and 34.1 s against 41.7 and 40.1 s, within the drift); the whole load as one',
  '  bulk LOAD DATA with `unique_checks = 0` (replayed: 20.8–22.8 s against 21.8–25.9 s, but 40–44 s of server CPU in its',
  '  sort threads, and one transaction for the whole import, so a failure would keep no row); the worker’s young generation',
  '  at 3–48 MB (alone, 100k: within the drift); the next batch’s BEGIN, look-up and LOAD DATA sent while the server still',
  '  loads the one before (two batches open on two connections; a temporary build, 1M, five alternated pairs: 31.9–45.9 s',
  '  against 29.9–44.0 s, two of five faster).',
  '- Eleventh look (issue 18, 2026-12-03, eighth session): measured only, no code changed (the ninth look’s build). The run',
  '  above came on a faster machine than the tenth look’s (the SQLite bare loop 10.3 s at 1M against 18.5 s, the LOAD DATA',
  '  baseline 12.8 s against 23.3–25.7 s), and the baselines gained more than the tool: SQLite import 0.56× at 100k (missed)',
  '  and 0.62× at 1M, `--load-data` 0.64× at 1M, the default MariaDB path 0.50×. The worker’s bundle alone on its captured',
  '  jobs: 1.22–1.27 s a 100k SQLite job, 1.30–1.47 s a 100k `--load-data` job, 13.1 s a 1M `--load-data` job. A 100-row',
  '  import takes 0.35–0.42 s; under the profiler its worker started 164 ms in, booted for about 160 ms (Node’s worker',
  '  start-up, then the bundle’s modules, knex and every register’s module among them) and built its look-ups for about',
  '  100 ms (regions.yaml parsed 27 ms, the places CSV 23 ms, the index 37 ms) before its first row, while the writer waited',
  '  from 270 ms. Per thread at 1M on SQLite (/proc, 13 imports by temporary builds with a 32 or 64 MB page cache, some with',
  '  three batches ahead or `synchronous = NORMAL`, see below): the writer 10.0–15.0 s of CPU, the worker 9.8–13.3 s, V8’s',
  '  helper threads 2.9–4.2 s, over 15.2–22.1 s; in every run the import took 1.47–1.59 times the writer’s CPU. vmstat in',
  '  one of them put both cores 84–96 % busy, 13–27 % of it in the kernel, about 90 MB/s written, the register',
  '  read from disk (229 MB in the first second) with a page cache that stayed at 300 MB. With one batch ahead the writer',
  '  waited 2.9 s for batches and the worker 1.2 s for room; with three, 2.4–3.0 s and 0.1–1.6 s: the import is bound by the',
  '  two cores as a whole, not by one thread. The writer’s share, replayed in a bare script on the tool’s own 1M rows and',
  '  schema (inserts and commits): 9.4–13.8 s; without the secondary indexes 6.3 s, without tickets_dimensions_index alone',
  '  6.7 s, without the escalation or archive index 9.2 and 10.4 s (one run each); the dimensions index with its columns in',
  '  arrival order (period, local_date, local_minute, …) 7.9 and 8.5 s against 9.4 and 10.8 s (it would take a migration,',
  '  and the metrics’ main grouping query on a copy of the 1M store went from 0.16–0.18 s to 0.86–0.94 s, as SQLite then',
  '  sorts for the GROUP BY); a 32–128 MB page cache 9.7–10.4 s against 11.0–12.0 s; 10,000-row transactions wrote 1.38 GB',
  '  against 1.90 GB, their time within the drift; `synchronous = NORMAL` within the drift. On 100k rows, 50- or 200-row',
  '  INSERT statements were no faster than one row a statement. Tried in whole 1M SQLite imports and not kept: a 32 or 64 MB',
  '  page cache (three alternated triples: 15.0–17.3 s against 15.0–17.0 s for the unchanged build, and up to 50 MB more);',
  '  in the 32 MB build, three batches ahead instead of one (two pairs: the import 1.47 times the writer’s CPU against',
  '  1.53–1.56; memory not measured) and `synchronous = NORMAL` (two pairs: 15.5 and 16.4 s against 16.0 and 18.0 s, faster',
  '  in both, by less than this machine’s drift, and the import the same multiple of the writer’s CPU, 1.55 against',
  '  1.53–1.59, so the commits’ fsyncs are not what it waits on).',
  '- Twelfth look (issue 18, 2026-12-03, ninth session): the import’s fixed cost. The worker’s bundle no longer loads knex,',
  '  the store or the audit chain (the register specs and the dialects’ row forms stand apart from what writes): 1.48 MB',
  '  → 0.74 MB, required in 55–68 ms instead of 104–130 ms (five runs each). The worker is told its register when it',
  '  starts (as the file is opened, once the operator lock is held) and builds the look-ups (topics, L2 teams, the place',
  '  index: 89–122 ms profiled) before its job comes; before, it built them after, on the way to its first row. A 100-row',
  '  SQLite import on a slow, noisy machine, 40 rounds of three builds in turn (medians): the build before 828 ms, this one',
  '  771 ms, and 718 ms with the worker started when the command starts, before the store opens. The run above was of that',
  '  last build; it was not kept, as a command the lock refuses would start the thread too, and in one CI run the',
  '  two-operator test saw the refused import take 1.2 s longer than a read-only command started beside it (limit 1 s).',
  '  At 100k the difference is within the drift (eight SQLite pairs, 3.2–5.6 s either way; six MariaDB pairs, 4.4 s both,',
  '  with the early start). Measured and not kept: the three secondary indexes dropped before an import into an empty',
  '  table and built after it (two alternated pairs each, 1M): MariaDB default path 36.4 and 42.7 s plus 8.8 and 8.6 s',
  '  to build them, 45.2 and 51.3 s in all, against 45.5 and 52.1 s keeping them; SQLite 25.2 and 28.5 s plus 5.6 and',
  '  4.3 s, against 26.2 and 27.5 s. So the server’s time on the default path goes on the INSERT text more than on its',
  '  indexes. The run above came on a slow machine (the SQLite bare loop 21.9 s at 1M against 10.3 s in the eleventh look,',
  '  the LOAD DATA baseline 32.0 s against 12.8 s), where the baselines lose more than the tool: the ratios rose (SQLite',
  '  0.78× at 100k, 0.56× before), mostly by the machine, as the fixed cost saved is about a tenth of a second of the 3.9 s.',
  '- Thirteenth look (issue 18, 2026-12-03, tenth session): the default MariaDB path. mysql2 formats every statement it sends,',
  '  and with no values to put in, sql-escaper still scans the whole text for a placeholder, character by character: the',
  '  import’s INSERT text, about 0.42 s of the writing thread’s CPU per 100k rows (profiled). The store’s connections now',
  '  format only statements that have values (mysql2’s `queryFormat` option, with sql-escaper’s own `format`), and a row’s',
  '  INSERT text writes a string with nothing to escape, or a number, without sql-escaper’s dispatch (2.7–3.1 µs a row',
  '  instead of 4.0–5.0, the same text). Alternated against the build before, by the default path: 1M, two pairs, 70.1 and',
  '  63.8 s → 56.2 and 58.8 s (the client’s CPU 53.9 and 51.2 s → 44.3 and 46.0 s); 100k, six pairs, median 6.6 → 6.05 s.',
  '  A partial run (1M, MariaDB import stages, three pairs) right after: the default path 0.59× (0.58–0.74), `--load-data`',
  '  0.77× (0.74–0.77). The machine was slow and saturated: vmstat put both cores 82–88 % busy through a 1M import, no steal.',
  '  In the full run above, of this build: the default path 0.53× at 100k and 0.57× at 1M (0.51–0.61), missed as in the',
  '  twelfth look’s (0.54×, 0.57×): the machine’s drift is larger than the gain. Two goals met there are missed here, by',
  '  the machine and the 100k run: `final_export` on MariaDB at 1M, 0.61 s (0.34 s on SQLite), where `status` on an empty',
  '  MariaDB store took 0.57–0.61 s the same hour and the check itself, alternated by hand with the build before, 0.57–0.79 s',
  '  against 0.53–0.67 s for this one (start-up, not the store’s size); and the default path’s peak memory, 225 MB at 1M as',
  '  before (224 MB) against 177 MB at 100k (199 MB in the twelfth look’s run; the build before gave 177–178 MB at 100k in',
  '  this session’s first partial run), so 1.27× by the 100k run’s spread, not by growth.',
  '  The server’s profile (perf, 100k by the default path): parsing 43 % (the literals’ items 14 %, naming each literal,',
  '  with its conversion to the server’s own character set, 10 %), storing the rows 32 %, the batches’ look-ups 7 %.',
  '  Measured and not kept: string literals sent as binary (`character_set_connection = binary`; the naming still converts:',
  '  14 alternated pairs of 100k-row replays, the server’s CPU 3.97 s against 4.22 s in the median, within the spread, and the',
  '  same shares in a profile); each string with a `_binary` introducer (4.5–5.7 s against 4.0–4.7 s); INSERT … SELECT from',
  '  JSON_TABLE over one JSON parameter a statement (8.6–10.0 s against 4.1–4.3 s); statements of 16 KB to 1 MB instead of',
  '  64 KB (the same server CPU in 12 alternated replays); the first load into an empty table without the batches’',
  '  look-ups, a key the database refuses as stored sending its batch again with the look-up (1M, two alternated pairs: 57.3',
  '  and 50.4 s against 52.3 and 54.2 s). What would halve the server’s share: MariaDB’s bulk execution',
  '  (COM_STMT_BULK_EXECUTE: one prepared INSERT and the batch’s rows as binary values in one packet), replayed with the',
  '  `mariadb` connector on the import’s own 100k rows: the server’s CPU 1.33–1.65 s against 2.50–3.12 s for the same rows',
  '  as INSERT text (three alternated pairs). mysql2 does not speak it (it asks a MariaDB server for its extended column',
  '  metadata only), so it would take a second driver beside mysql2 for the import’s writes, outside the project’s fixed',
  '  stack: a decision for the project, not taken here.',
  '- Fourteenth look (issue 18, 2026-12-03, eleventh session): the first import into an empty register writes its batches',
  '  without looking their keys up. Nothing can be stored yet but the import’s own earlier batches, so a key that comes back',
  '  from one of them is refused by the store (a DuplicateKeyError from MariaDB’s INSERT and LOAD DATA and from SQLite); that',
  '  batch is rolled back and written again with its look-up, as is every batch after it. The counts, rejects and audit are',
  '  the same (`test/sources/first-load.test.ts`, and the repeated keys of `bulk-import.test.ts` now go that way). Alternated',
  '  against the build before (five pairs each, 100k): MariaDB 3.43–4.26 s → 3.19–3.98 s (medians 3.84 → 3.68), the server’s',
  '  CPU 2.01–2.53 → 1.82–2.44 s (medians 2.24 → 2.11); SQLite 3.15–3.34 → 2.80–3.33 s (medians 3.30 → 3.13). At 1M on',
  '  MariaDB, five alternated pairs were within the machine’s drift (the build before 28.0–34.1 s, this one 26.3–35.0 s). The',
  '  default path’s peak memory at 100k rose in those pairs, from 173–177 MB to 198–202 MB, while at 1M it stayed where it',
  '  was (219–225 MB either way): it is the writing thread’s young generation, which V8 grows to its limit when the thread',
  '  allocates fast, and which now reaches it within a 100k import (with `--max-semi-space-size=4`: 174–175 MB at 100k for',
  '  this build, 177–180 MB for the build before, two runs each; 197 MB at 1M in one run). So the import memory ratio of',
  '  the run above (1.13×) owes its fall from 1.27× to the 100k figure, not to less memory at 1M. In a partial run just',
  '  before the full one (1M, MariaDB import stages, three pairs): the default path 0.59× (0.56–0.72), `--load-data` 0.77×',
  '  (0.73–0.87). In the run above, on a faster machine than the',
  '  thirteenth look’s (the LOAD DATA baseline’s median 17.3 s at 1M against 25.6 s), the default path reached 0.61× at 1M',
  '  (0.50–0.75; the tool 28.5–33.3 s), and the 100k imports missed (SQLite 0.55×: the tool 3.3 s as in the thirteenth',
  '  look’s run, the bare loop 1.8 s against 2.3 s; the fixed costs weigh more as the baselines get faster). Per second at',
  '  1M (/proc, this build): the server’s two connections about 42 % of a core each, the worker 45–60 %, the writer about',
  '  9 %: some 1.5 of the 2 cores busy, the server the longest thread. Measured and not kept: the next batch written while',
  '  the one before is still written, on a second connection, with two batches ahead of the writer instead of one (100k,',
  '  five alternated pairs: 3.27–3.49 s against 3.30–3.34 s, the server’s CPU 2.06–2.21 s against 1.92–1.98 s, and 22 MB',
  '  more; at 1M with one batch ahead, two pairs: 33.6 and 32.8 s against 30.8 and 34.1 s); INSERT statements of 126 KB or',
  '  1 MB instead of 64 KB (100k, three pairs: 3.28–3.41 and 3.55–3.73 s against 3.24–3.27 s), and of 256 KB at 1M (two',
  '  pairs: 30.8 and 31.3 s against 26.6 and 26.4 s, the client’s CPU 5 s more).',
]

/** For each goal a run can miss: why, and what meeting it would take. Printed only for the goals missed. */
const WHY: Record<string, string> = {
  'import-sqlite': [
    '**Import vs the bare SQLite loop.** The import reads (papaparse), validates and hashes in a worker thread while the main',
    'thread writes, so on two cores its time is the longer of the two, plus start-up and the tail. At 1M, since the seventh',
    'look, the two threads are about equally busy (profiled: the writer 11.1 s in better-sqlite3’s inserts of 31 values into',
    'the table, its key and three indexes, 6.8 s in commits with `synchronous = FULL`, 3.6 s idle; the worker 6.2 s collecting',
    'garbage and 5.5 s hashing, the row hash and the digest lanes), and the goal is met. At 100k the fixed costs weigh: Node and',
    'the CLI, opening and checking the store, starting the worker (its modules load while the file is checked), and the tail',
    '(region counts, the import’s audit entry); the third look measured 0.7 s to the first row and 0.85 s of tail, when the',
    'tail still read the whole table for its digest; in the eleventh look a 100-row import took 0.35–0.42 s, and under the',
    'profiler the worker reached its first row about 260 ms after it started, 164 ms in, while the writer waited from 270 ms.',
    'Since the twelfth look the worker loads no knex and builds its look-ups before its job comes.',
    'The bare loop inserts 17 strings into a primary key and starts in a bare Node. What would take it further: the row hash',
    'over the record’s values without a text of the field names (2.8 KB a row of garbage; it changes every stored hash, so a',
    'migration), and fewer values per row for the writer to bind.',
  ].join('\n'),
  'import-mysql': [
    '**Import vs `LOAD DATA`.** The baseline loads the same table with the same indexes inside the server. The import’s worker',
    'validates and hashes each row and writes each new row’s text into one block per batch; the writer looks the batch’s keys',
    'up and sends the block as INSERT statements or, with `--load-data`, as LOAD DATA LOCAL packets, while the previous batch',
    'commits. Both share the two cores with the server, which the baseline does not share with a client. Measured at 1M in the',
    'seventh look, one import each: the server spent 26–28 s of CPU parsing and storing the default path’s INSERT text, 19–23 s',
    'for the same rows by LOAD DATA, 17–18 s for the baseline; the client about 25–31 s (the worker 20 s, the writer 4 s, V8’s',
    'collector threads the rest). The ninth look found no cheaper form of INSERT for the server (prepared statements: 10–15 %',
    'less server CPU, more client CPU; 100 or 500 rows a statement: the same server CPU), so the default path’s limit is the',
    'server’s. `--load-data` is the path that can meet the goal at 1M, though not in every pair: this machine’s speed moved the',
    'same import from 31 to 50 s within an hour (tenth look), and the baseline from 17.4 to 29.3 s within one stage (the buffer',
    'pool is 128 MB, so a million rows are flushed to disk as they load); read the spread with the median. The tenth look timed',
    'the writer: on both paths it spends nine tenths of the loop waiting on the server (the look-up about 4 s at 1M, the rows',
    'the rest) and under a tenth waiting for the worker, while the server’s CPU time comes to about four fifths of the loop: it',
    'waits between one batch’s statements and the next’s. Sending the next batch’s look-up and rows while the server still',
    'stores the batch before (a temporary build, two batches open on two connections) showed no clear gain in five alternated',
    'pairs. Since the thirteenth look mysql2 no longer scans the INSERT text for placeholders (a fifth of the writing thread).',
    'For the default path the server’s parsing of INSERT text stays its limit (no cheaper form of text was found); MariaDB’s',
    'bulk execution, which took half the server’s CPU for the same rows in a replay, needs a driver that speaks it (the',
    '`mariadb` connector, beside mysql2: outside the fixed stack). Otherwise: a worker that allocates less than its 9–11 KB a',
    'row, so that less of the two cores goes to collecting garbage.',
    'At 100k the start-up and the tail weigh as on SQLite, and the server’s share is the same per row: the worker, busy from its',
    'first batch to its last (about 2 s of CPU per 100k rows, a sixth of it collecting garbage and a fifth hashing), is the',
    'longer thread, and the fixed costs (about 0.3 s to the first batch, 0.2 s of tail) are a tenth.',
    'Since the fourteenth look the first import into an empty register sends no look-ups (about 6 % of the server’s CPU at',
    '100k); the server is still the longest thread at 1M, and its parsing of the rows’ text the largest part of its work.',
  ].join('\n'),
  'export-sqlite': [
    "**Archive export vs the bare SQLite loop.** Beyond the baseline's read-and-write, the export splits months into files, hashes",
    'and fsyncs each, redacts confidential rows, counts per channel, reads the store once more for its signature and writes the',
    'manifest and checksums. Folding the signature into the month passes would save one full read.',
  ].join('\n'),
  'export-mysql': [
    "**Archive export vs the bare mysql2 stream.** Beyond the baseline's read-and-write, the export splits months into files, hashes",
    'and fsyncs each, redacts confidential rows, counts per channel, reads the store once more for its signature and writes the',
    'manifest and checksums.',
  ].join('\n'),
  'final-export': [
    '**`channels check CHANNEL final_export`.** The check reads no ticket: whether the archive was verified is the tickets change',
    'counter against the one the verification saw, and the manifest’s hash. What is left is the process itself: Node (about',
    '0.1 s), the bundled CLI read and pre-parsed (about 0.1 s), the mappings parsed and checked, the store opened. On MariaDB',
    'the mysql2 driver, the connection and the 16 queries that open the store and check its migrations add 0.08–0.12 s.',
    'Requiring mysql2 alone takes about 95 ms in a bare Node (92 modules; its table of error codes 22 ms, its connection',
    'module with net and tls 14 ms), which no bundling removes: mysql2 bundled on its own beside the CLI saved 20 ms in 21',
    'alternated `status` runs, and was not kept, as mysql2 is reported to break at query time when bundled.',
  ].join('\n'),
  metrics: [
    "**Metrics vs the tool's own SQL run bare.** The difference is the CLI's start-up, opening the store (migrations checked),",
    'reading the mappings and service rules, and turning grouped rows into metric rows.',
  ].join('\n'),
  memory: [
    '**Peak memory.** See the stage that missed it above. Every stage streams rows (imports in batches, the archive one row at a',
    'time, metrics as grouped rows), so growth with size points at a stage that collects per-ticket data.',
  ].join('\n'),
  status: [
    '**`status` start-up.** Node itself takes about 0.1 s (`node -e 0`). The CLI is one bundled file, `dist/cli.js`, 2.6 MB',
    'that V8 reads and pre-parses at every start (about 0.1 s), then oclif, knex and our modules run their top levels, the',
    'mappings are parsed with yaml and checked with zod, and the store is opened. V8’s code cache would save some 30 ms more,',
    'but on Node 20 a script compiled from cached data cannot `import()`, and the chart renderer must (vega is ESM only).',
  ].join('\n'),
  demo: '**Demo.** The demo runs the whole plan on the fixtures; see the stage timings above for where the time goes.',
}

const fmt = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : 'n/a')
const n = (x: number) => Math.round(x).toLocaleString('en')

const KEPT_START = '<!-- kept by npm run bench: sections measured by other scripts (audit-verify) -->'
const KEPT_END = '<!-- end of kept sections -->'

/** The sections of BENCHMARKS.md that other scripts measured, carried over so a rerun of this one does not drop them. */
function keptSections(): string | undefined {
  const file = join(ROOT, 'BENCHMARKS.md')
  const text = existsSync(file) ? readFileSync(file, 'utf8') : ''
  const from = text.indexOf(KEPT_START)
  const to = text.indexOf(KEPT_END)
  return from >= 0 && to > from ? text.slice(from, to + KEPT_END.length) : undefined
}

function report(rows: Row[], sizes: number[], extra: Extra, machine: string, date: string, pairCount: number): string {
  const kept = keptSections()
  const lines = [
    '# Benchmarks',
    '',
    `Measured by \`npm run bench\` on ${date}: ${machine}.`,
    "Each stage runs as its own process under `/usr/bin/time`; wall seconds and peak resident memory (MB) are that process's.",
    `Each stage with a baseline runs as ${pairCount} pairs of one tool run and one baseline run, the tool first in the 1st, 3rd, …`,
    'pair and second in the others; the table gives the medians, and the tool/baseline throughput ratio (baseline seconds / tool',
    "seconds) of each pair as its median and spread (lowest–highest). Memory is the highest of the tool's runs. Rows/s = tickets / wall",
    "seconds. The MariaDB import baseline runs inside the server; its memory column is the `mariadb` client's only.",
    '',
    '| dialect | tickets | stage | tool s | tool rows/s | tool MB | baseline | base s | base rows/s | tool/base throughput (spread) |',
    '| --- | ---: | --- | ---: | ---: | ---: | --- | ---: | ---: | ---: |',
  ]
  for (const r of rows) {
    const s = summary(r)
    const b = r.baseline ? BASELINES_SAID[r.baseline] : undefined
    lines.push(
      `| ${r.dialect} | ${r.size.toLocaleString('en')} | ${r.stage} | ${s.toolS < 1 ? s.toolS.toFixed(2) : s.toolS.toFixed(1)} | ${r.runs?.length && !r.pairs.length && s.toolS < 1 ? '—' : n(r.size / s.toolS)} | ${s.toolMb} | ${b?.name ?? '—'} | ${b ? s.baseS.toFixed(1) : '—'} | ${b ? n(r.size / s.baseS) : '—'} | ${b ? `${fmt(s.ratio)} (${fmt(s.min)}–${fmt(s.max)})` : '—'} |`,
    )
  }
  if (kept) lines.push('', kept)
  const used = [...new Set(rows.map((r) => r.baseline).filter((b): b is string => b !== undefined))]
  if (used.length) {
    lines.push('', '## What each baseline does and does not do', '')
    for (const b of used) lines.push(`- **${BASELINES_SAID[b].name}** ${BASELINES_SAID[b].does}`)
  }
  lines.push('', '## Goals', '')
  const missed = new Set<string>()
  const verdict = (ok: boolean, goal: string) => {
    if (!ok) missed.add(goal)
    return ok ? 'met' : 'missed'
  }
  const big = Math.max(...sizes)
  const small = Math.min(...sizes)
  const find = (d: string, size: number, stage: string) => rows.find((r) => r.dialect === d && r.size === size && r.stage === stage)
  for (const d of [...new Set(rows.map((r) => r.dialect))]) {
    for (const size of [...new Set([small, big])]) {
      for (const stage of ['import', 'import --load-data']) {
        const imp = find(d, size, stage)
        if (!imp?.pairs.length) continue
        const s = summary(imp)
        lines.push(
          `- ${d}: ${stage} at ${size.toLocaleString('en')} runs at ${fmt(s.ratio)}× the baseline's rows/s, median of ${imp.pairs.length} pairs (${fmt(s.min)}–${fmt(s.max)}; goal ≥ 0.6): ${verdict(s.ratio >= 0.6, `import-${d}`)}`,
        )
      }
    }
    const exp = find(d, big, 'archive export')
    if (exp?.pairs.length) {
      const goal = d === 'sqlite' ? 0.6 : 0.5
      const s = summary(exp)
      lines.push(
        `- ${d}: archive export at ${big.toLocaleString('en')} runs at ${fmt(s.ratio)}× the baseline (${fmt(s.min)}–${fmt(s.max)}; goal ≥ ${goal}): ${verdict(s.ratio >= goal, `export-${d}`)}`,
      )
    }
    const fin = find(d, big, 'final_export check')
    if (fin?.runs?.length) {
      const s = summary(fin)
      lines.push(
        `- ${d}: \`channels check CHANNEL final_export\` on the ${big.toLocaleString('en')}-ticket store, median of the ${fin.runs.length} closing channels: ${s.toolS.toFixed(2)} s for the whole process, Node and CLI start-up included (goal < 0.5 s): ${verdict(s.toolS < 0.5, 'final-export')}`,
      )
    }
    const met = find(d, big, 'metrics')
    if (met?.pairs.length) {
      const times = met.pairs.map((p) => p.tool.wall / p.base.wall)
      lines.push(
        `- ${d}: metrics at ${big.toLocaleString('en')} take ${fmt(median(times))}× the time of their own SQL run bare (${fmt(Math.min(...times))}–${fmt(Math.max(...times))}; goal ≤ 2): ${verdict(median(times) <= 2, 'metrics')}`,
      )
    }
    if (big !== small) {
      for (const stage of ['import', 'import --load-data', 'metrics', 'archive export', 'metrics workbook', 'handover workbook']) {
        const a = find(d, small, stage)
        const b = find(d, big, stage)
        if (a && b) {
          const [am, bm] = [summary(a).toolMb, summary(b).toolMb]
          lines.push(
            `- ${d}: ${stage} peak memory ${bm} MB at ${big.toLocaleString('en')} vs ${am} MB at ${small.toLocaleString('en')} (${fmt(bm / am)}×; goal ≤ 1.25× and < 300 MB): ${verdict(bm <= 1.25 * am && bm < 300, 'memory')}`,
          )
        }
      }
    }
  }
  if (extra.statusMs !== undefined)
    lines.push(
      `- \`status\` median of 11 runs on an empty store: ${extra.statusMs} ms (goal < 500 ms): ${verdict(extra.statusMs < 500, 'status')}`,
    )
  if (extra.statusBigMs !== undefined)
    lines.push(
      `- \`status\` median of 11 runs on the ${extra.statusBigSize!.toLocaleString('en')}-ticket SQLite store: ${extra.statusBigMs} ms (goal < 500 ms): ${verdict(extra.statusBigMs < 500, 'status')}`,
    )
  if (extra.demoS !== undefined) lines.push(`- \`demo\`: ${extra.demoS.toFixed(1)} s (goal < 120 s): ${verdict(extra.demoS < 120, 'demo')}`)
  lines.push('', '## Earlier runs', '', ...HISTORY)
  if (missed.size) {
    lines.push('', '## Missed goals: why, and what it would take', '')
    for (const goal of Object.keys(WHY)) if (missed.has(goal)) lines.push(WHY[goal], '')
  }
  lines.push(
    '',
    '## Rerun',
    '',
    '```sh',
    'npm run bench                                              # 100k and 1M tickets, SQLite and MariaDB, 3 pairs a stage',
    'npm run bench -- --sizes 100000 --dialects sqlite --pairs 5  # a part of it',
    'npm run bench -- --sizes 20000 --stages import,metrics       # stages: import, metrics, export, workbooks, status, demo',
    "node dist/bench/run.js --report-only                         # rewrite this file from the last run's results.json",
    '```',
    '',
  )
  return lines.join('\n')
}

const STAGES = ['import', 'metrics', 'export', 'workbooks', 'status', 'demo']

async function main(): Promise<void> {
  const results = join(WORK, 'results.json')
  type Saved = {rows: Row[]; sizes: number[]; extra: Extra; machine: string; date: string; pairs: number}
  // --report-only rewrites BENCHMARKS.md from the last run's measurements (after editing the text here).
  if (process.argv.includes('--report-only')) {
    const saved = JSON.parse(readFileSync(results, 'utf8')) as Saved
    writeFileSync(join(ROOT, 'BENCHMARKS.md'), report(saved.rows, saved.sizes, saved.extra, saved.machine, saved.date, saved.pairs))
    return
  }
  const sizes = arg('sizes', '100000,1000000').split(',').map(Number)
  const dialects = arg('dialects', 'sqlite,mysql').split(',') as ('sqlite' | 'mysql')[]
  const pairCount = Number(arg('pairs', '3'))
  const stages = new Set(arg('stages', STAGES.join(',')).split(','))
  const unknown = [...stages].filter((s) => !STAGES.includes(s))
  if (
    sizes.some((s) => !Number.isInteger(s) || s < 1) ||
    !(pairCount >= 1) ||
    unknown.length ||
    dialects.some((d) => d !== 'sqlite' && d !== 'mysql')
  )
    throw new Error(
      `usage: --sizes N,N --dialects sqlite,mysql --pairs N --stages ${STAGES.join(',')}${unknown.length ? ` (unknown: ${unknown.join(', ')})` : ''}`,
    )
  const plan: Plan = {pairs: pairCount, stages, mysqlBase: arg('mysql', 'mysql://root@127.0.0.1:3306')}
  mkdirSync(WORK, {recursive: true})
  const rows: Row[] = []
  for (const size of sizes) {
    const csv = join(WORK, `tickets-${size}.csv`)
    if (!existsSync(csv)) await generateTickets(csv, size)
    for (const d of dialects) rows.push(...benchDialect(size, d, csv, plan))
  }
  const extra = statusAndDemo(sizes, dialects, stages)
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Linux ${release()}, Node ${process.version}, MariaDB on 127.0.0.1`
  const date = new Date().toISOString().slice(0, 10)
  const saved: Saved = {rows, sizes, extra, machine, date, pairs: pairCount}
  writeFileSync(results, JSON.stringify(saved, null, 2))
  const md = report(rows, sizes, extra, machine, date, pairCount)
  writeFileSync(join(ROOT, 'BENCHMARKS.md'), md)
  console.log(`\n${md}`)
}

main().catch((error) => {
  console.error(error.message ?? error)
  process.exit(1)
})

// Bundles the compiled CLI (dist/, written by tsc) into two files, so a command starts by reading one file
// instead of resolving and reading some 600 modules: dist/cli.js (every command, oclif, knex, yaml, zod)
// and dist/import-worker.js (the import's worker thread). Why, and what it measured: README, "How the CLI is built".
import {build} from 'esbuild'

/**
 * Left to Node's require at run time: native addons and the drivers knex names but this tool never
 * uses (they cannot be bundled or are absent), and the heavy packages only some commands load, on use
 * (bundled, they would still be parsed at every start).
 */
const EXTERNAL = [
  // native, or loaded by a path the bundler cannot follow
  'better-sqlite3',
  // drivers knex or oclif look for that this tool does not install
  'sqlite3',
  'pg',
  'pg-query-stream',
  'oracledb',
  'tedious',
  'mysql',
  'mariadb',
  'typescript',
  'ts-node',
  // loaded on use by the commands that need them (mysql2 and its encodings only for a MariaDB store)
  'mysql2',
  'luxon',
  'csv-parse',
  'papaparse',
  'exceljs',
  'jszip',
  'unzipper',
  'html-to-text',
  'vega',
  'vega-lite',
  '@resvg/resvg-js',
  'listr2',
  '@inquirer/prompts',
]

/**
 * knex lists every dialect it ships, each behind a require the bundler would follow; this tool talks to
 * SQLite through better-sqlite3 and to MariaDB through mysql2 (which build on knex's sqlite3 and mysql
 * dialects). The others stay out: 300 KB less to parse at every start.
 */
const UNUSED_KNEX_DIALECTS = /^\.\/(cockroachdb|mssql|oracle|oracledb|pgnative|postgres|redshift)$/
const leaveOutUnusedKnexDialects = {
  name: 'leave-out-unused-knex-dialects',
  setup(bundle) {
    bundle.onResolve({filter: UNUSED_KNEX_DIALECTS}, ({path, importer}) =>
      importer.includes('/knex/lib/dialects/') ? {path, external: true} : undefined,
    )
  },
}

// Not minified: minified (with `keepNames`, so classes and functions keep their names), `status` started
// 30 ms slower over 41 alternated runs, not faster.
await build({
  entryPoints: {cli: 'dist/commands/index.js', 'import-worker': 'dist/src/sources/import-worker.js'},
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  external: EXTERNAL,
  plugins: [leaveOutUnusedKnexDialects],
  logLevel: 'warning',
})

#!/usr/bin/env node
// Runs the bundled CLI, dist/cli.js, built by `npm run build` (which `npm ci` triggers through prepare;
// see README, "How the CLI is built"). oclif checks its own engines range (Node ≥ 18) with semver at
// every start; this package needs Node ≥ 20 (package.json engines, which npm checks at install), so the
// check could never warn about anything that matters here.
process.env.OCLIF_DISABLE_ENGINE_WARNING ??= '1'
const {existsSync} = require('node:fs')
const {join} = require('node:path')

const bundle = join(__dirname, '..', 'dist', 'cli.js')
if (!existsSync(bundle)) {
  // A checkout that was never built (or installed with --ignore-scripts): say what to run, in the run's
  // language (--lang / PRIME_MIGRATE_LANG, Indonesian by default), not a module stack.
  const argv = process.argv.slice(2)
  const at = argv.indexOf('--lang')
  const lang = (at >= 0 ? argv[at + 1] : argv.find((a) => a.startsWith('--lang='))?.slice(7)) ?? process.env.PRIME_MIGRATE_LANG
  const root = join(__dirname, '..')
  console.error(
    lang === 'en'
      ? `Error: prime-migrate is not built: ${bundle} is missing\nFix: run \`npm ci\` (or \`npm run build\`) in ${root}`
      : `Galat: prime-migrate belum dibangun: ${bundle} tidak ada\nPerbaikan: jalankan \`npm ci\` (atau \`npm run build\`) di ${root}`,
  )
  process.exit(1)
}
const cli = require(bundle)
cli.execute({dir: __dirname}).catch(cli.handle)

#!/usr/bin/env node
// Runs the bundled CLI, dist/cli.js, built by `npm run build` (which `npm ci` triggers through prepare;
// see README, "How the CLI is built"). oclif checks its own engines range (Node ≥ 18) with semver at
// every start: 47 modules, some 20 ms of each run. This package needs Node ≥ 20 (package.json engines,
// which npm checks at install), so the check could never warn about anything that matters here.
process.env.OCLIF_DISABLE_ENGINE_WARNING ??= '1'
const cli = require('../dist/cli.js')
cli.execute({dir: __dirname}).catch(cli.handle)

#!/usr/bin/env node
// Runs the built commands from dist/ (built by `npm run build`, which `npm ci` triggers through prepare).
// oclif checks its own engines range (Node ≥ 18) with semver at every start: 47 modules, some 20 ms of
// each run. This package needs Node ≥ 20 (package.json engines, which npm checks at install), so the
// check could never warn about anything that matters here.
process.env.OCLIF_DISABLE_ENGINE_WARNING ??= '1'
require('@oclif/core').execute({dir: __dirname}).catch(require('@oclif/core/handle'))

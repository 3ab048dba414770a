#!/usr/bin/env node
// Runs the built commands from dist/ (built by `npm run build`, which `npm ci` triggers through prepare).
require('@oclif/core').execute({dir: __dirname}).catch(require('@oclif/core/handle'))

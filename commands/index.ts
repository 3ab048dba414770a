import {Command} from '@oclif/core'

export {execute, handle} from '@oclif/core'
export {default as Help} from '../src/cli/help'

/** Each command's class, required only when oclif asks for it: the bundle then runs one command's modules, not all thirty's. */
function onDemand(loaders: Record<string, () => {default: Command.Class}>): Record<string, Command.Class> {
  const commands: Record<string, Command.Class> = {}
  for (const [id, load] of Object.entries(loaders)) Object.defineProperty(commands, id, {enumerable: true, get: () => load().default})
  return commands
}

/**
 * The CLI's commands by id, for oclif's explicit command discovery (package.json `oclif.commands`). The build
 * bundles this file, and each command with it, into dist/cli.js; see README, "How the CLI is built".
 */
/* eslint-disable @typescript-eslint/no-require-imports -- a literal require per command is what lets the bundler include it and Node defer it */
export const COMMANDS = onDemand({
  'audit:verify': () => require('./audit/verify'),
  'channels:check': () => require('./channels/check'),
  'channels:checklist': () => require('./channels/checklist'),
  'channels:list': () => require('./channels/list'),
  decide: () => require('./decide'),
  demo: () => require('./demo'),
  'import:chatbot': () => require('./import/chatbot'),
  'import:faq': () => require('./import/faq'),
  'import:roster': () => require('./import/roster'),
  'import:survey': () => require('./import/survey'),
  'import:tickets': () => require('./import/tickets'),
  'import:vicon': () => require('./import/vicon'),
  'import:visits': () => require('./import/visits'),
  init: () => require('./init'),
  'kms:apply-review': () => require('./kms/apply-review'),
  'kms:export': () => require('./kms/export'),
  'kms:review': () => require('./kms/review'),
  'mappings:apply': () => require('./mappings/apply'),
  'mappings:unresolved': () => require('./mappings/unresolved'),
  plan: () => require('./plan'),
  'report:handover': () => require('./report/handover'),
  'report:metrics': () => require('./report/metrics'),
  'roles:map': () => require('./roles/map'),
  'roles:show': () => require('./roles/show'),
  run: () => require('./run'),
  'settings:set': () => require('./settings/set'),
  signoff: () => require('./signoff'),
  status: () => require('./status'),
  'tickets:export': () => require('./tickets/export'),
  'tickets:verify': () => require('./tickets/verify'),
})
/* eslint-enable @typescript-eslint/no-require-imports */

import type {Catalogue} from '../types'

// English help is oclif's own output from the command classes' texts; only the header and label words
// are spelled out here, so both languages name the same things.
export const help: Catalogue['help'] = {
  headers: {
    USAGE: 'USAGE',
    ARGUMENTS: 'ARGUMENTS',
    FLAGS: 'FLAGS',
    'GLOBAL FLAGS': 'GLOBAL FLAGS',
    DESCRIPTION: 'DESCRIPTION',
    ALIASES: 'ALIASES',
    EXAMPLES: 'EXAMPLES',
    'FLAG DESCRIPTIONS': 'FLAG DESCRIPTIONS',
    COMMANDS: 'COMMANDS',
    TOPICS: 'TOPICS',
    VERSION: 'VERSION',
  },
  labels: {default: 'default', env: 'env', required: 'required', options: 'options'},
  placeholders: {value: 'value', option: 'option', command: 'COMMAND'},
  topics: {},
  commands: {},
  globalFlags: {},
}

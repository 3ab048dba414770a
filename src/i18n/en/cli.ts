import type {Catalogue} from '../types'

export const cli: Catalogue['cli'] = {
  error: 'Error',
  fix: 'Fix',
  waiting: 'Waiting',
  next: 'To go on',
  parse: {
    flagOption: (p) => `unknown --${p.flag} value "${p.value}"`,
    argOption: (p) => `unknown value "${p.value}"`,
    useOneOf: (p) => `use one of: ${p.options}`,
    missingArgs: (p) => `missing required argument(s): ${p.args.join(', ')}`,
    unexpectedArgs: (p) => `unexpected argument(s): ${p.args}`,
    unknownFlags: (p) => `unknown flag(s): ${p.flags}`,
    exclusive: (p) => `--${p.flag} cannot be used together with --${p.other}`,
    dependsOn: (p) => `--${p.flag} also needs ${p.needs}`,
    oneOf: (p) => `--${p.flag} needs one of ${p.needs}`,
    requiredFlag: (p) => `the required flag ${p.flag} is missing`,
    help: "see this command's help with --help",
  },
}

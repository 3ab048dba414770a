import {isLang, Lang, msg} from '../i18n'

/**
 * The language this invocation asked for, read from argv and PRIME_MIGRATE_LANG before oclif parses,
 * so that a flag oclif refuses is reported in that language too.
 */
export function langAsked(argv: string[], env: NodeJS.ProcessEnv = process.env): Lang {
  let asked = env.PRIME_MIGRATE_LANG
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--') break
    if (argv[i] === '--lang') asked = argv[i + 1]
    else if (argv[i].startsWith('--lang=')) asked = argv[i].slice('--lang='.length)
  }
  return isLang(asked) ? asked : 'id'
}

const HELP = /\nSee more help with --help$/

/** One of oclif's validation reasons ("--a cannot also be provided when using --b") in the run's language. */
function reason(text: string): string {
  const m = msg().cli.parse
  let x: RegExpMatchArray | null
  if ((x = text.match(/^--(\S+?)(?:=\S*)? cannot also be provided when using --(\S+)$/))) return m.exclusive({flag: x[1], other: x[2]})
  if ((x = text.match(/^All of the following must be provided when using --(\S+): (.+)$/))) return m.dependsOn({flag: x[1], needs: x[2]})
  if ((x = text.match(/^One of the following must be provided when using --(\S+): (.+)$/))) return m.oneOf({flag: x[1], needs: x[2]})
  if ((x = text.match(/^Missing required flag (\S+)$/))) return m.requiredFlag({flag: x[1]})
  return text
}

/**
 * oclif's own parse errors (a flag value not among its options, a missing argument, an unknown flag)
 * as a message and fix in the run's language; undefined for any other error.
 */
export function parseProblem(err: Error & {parse?: unknown}): {message: string; fix: string} | undefined {
  if (err.parse === undefined) return undefined
  const m = msg().cli.parse
  // eslint-disable-next-line no-control-regex
  const text = err.message.replace(HELP, '').replace(/\u001B\[[0-9;]*m/g, '')
  let x: RegExpMatchArray | null
  if ((x = text.match(/^Expected --([\w-]+)=(.*) to be one of: (.*)$/s)))
    return {message: m.flagOption({flag: x[1], value: x[2]}), fix: m.useOneOf({options: x[3]})}
  if ((x = text.match(/^Expected (.*) to be one of: (.*)$/s)))
    return {message: m.argOption({value: x[1]}), fix: m.useOneOf({options: x[2]})}
  if ((x = text.match(/^Missing \d+ required args?:\n(.*)$/s)))
    return {message: m.missingArgs({args: x[1].split('\n').map((l) => l.trim().split(/\s+/)[0])}), fix: m.help}
  if ((x = text.match(/^Unexpected arguments?: (.*)$/s))) return {message: m.unexpectedArgs({args: x[1]}), fix: m.help}
  if ((x = text.match(/^Nonexistent flags?: (.*)$/s))) return {message: m.unknownFlags({flags: x[1]}), fix: m.help}
  if ((x = text.match(/^The following errors? occurred:\n(.*)$/s)))
    return {
      message: x[1]
        .split('\n')
        .map((l) => reason(l.trim()))
        .filter(Boolean)
        .join('; '),
      fix: m.help,
    }
  return {message: text, fix: m.help}
}

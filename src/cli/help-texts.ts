import type {Command, Interfaces} from '@oclif/core'
import type {Catalogue} from '../i18n'

type HelpSection = Catalogue['help']

/** oclif keeps ":" between topics inside but has swapped in the topic separator by the time some lists are drawn. */
const key = (id: string): string => id.replaceAll(' ', ':')

/**
 * A command as `--help` draws it, with the catalogue's texts in place of the class's English ones; a text
 * the catalogue lacks stays English (the help test makes sure none does).
 */
export function commandInLang(command: Command.Loadable, texts: HelpSection): Command.Loadable {
  const own = texts.commands[key(command.id)]
  const flags: Command.Loadable['flags'] = {}
  for (const [name, flag] of Object.entries(command.flags ?? {})) {
    const description = own?.flags?.[name] ?? texts.globalFlags[name]
    // A summary would be drawn instead of the description: the catalogue has one text per flag.
    flags[name] = description === undefined ? flag : {...flag, description, summary: undefined}
  }
  const args: Command.Loadable['args'] = {}
  for (const [name, arg] of Object.entries(command.args ?? {})) {
    const description = own?.args?.[name]
    args[name] = description === undefined ? arg : {...arg, description}
  }
  if (!own) return {...command, flags, args}
  return {...command, flags, args, summary: undefined, description: own.description}
}

export function topicInLang(topic: Interfaces.Topic, texts: HelpSection): Interfaces.Topic {
  const description = texts.topics[key(topic.name)]
  return description === undefined ? topic : {...topic, description}
}

/** An oclif section header ("GLOBAL FLAGS") in the catalogue's words. */
export function headerInLang(header: string, texts: HelpSection): string {
  return texts.headers[header] ?? header
}

/** A usage line or flag label with oclif's placeholders (<value>, <option>, COMMAND) in the catalogue's words. */
export function placeholdersInLang(text: string, texts: HelpSection): string {
  const p = texts.placeholders
  return text
    .replace(/<value>/g, `<${p.value}>`)
    .replace(/<option>/g, `<${p.option}>`)
    .replace(/\bCOMMAND\b/g, p.command)
}

/** The right-hand text oclif builds for a flag or argument, with its fixed English words ("[default: …]") translated. */
export function labelsInLang(text: string, texts: HelpSection): string {
  const l = texts.labels
  return text
    .replace(/\[default: /g, `[${l.default}: `)
    .replace(/([[,] ?)env: /g, (_, before: string) => `${before}${l.env}: `)
    .replace(/\(required\)/g, `(${l.required})`)
    .replace(/<options: /g, `<${l.options}: `)
}

import {Command, CommandHelp, Help, Interfaces} from '@oclif/core'
import {Catalogue, msg} from '../i18n'
import {langAsked} from './parse-problem'
import {commandInLang, headerInLang, labelsInLang, placeholdersInLang, topicInLang} from './help-texts'

type Row = [string, string | undefined]

const rowsInLang = (rows: Row[] | undefined, texts: Catalogue['help']): Row[] | undefined =>
  rows?.map(([left, right]) => [left, right === undefined ? right : labelsInLang(right, texts)])

/** One command's help with oclif's own words (headers, [default: …]) from the Indonesian catalogue. */
class CommandHelpInLang extends CommandHelp {
  private readonly texts = msg('id').help

  override section(header: string, body: Parameters<CommandHelp['section']>[1]): string {
    return super.section(headerInLang(header, this.texts), body)
  }

  protected override flags(flags: Command.Flag.Any[]): Row[] | undefined {
    return rowsInLang(super.flags(flags), this.texts)
  }

  protected override args(args: Command.Arg.Any[]): Row[] | undefined {
    return rowsInLang(super.args(args), this.texts)
  }

  protected override flagHelpLabel(flag: Command.Flag.Any, showOptions?: boolean): string {
    return placeholdersInLang(super.flagHelpLabel(flag, showOptions), this.texts)
  }

  protected override usage(): string {
    return placeholdersInLang(super.usage(), this.texts)
  }
}

/**
 * `--help` in the language the run asked for (`--lang`, PRIME_MIGRATE_LANG, Bahasa Indonesia by default),
 * as every other output. English is oclif's output untouched, from the command classes' own texts;
 * Indonesian swaps in the catalogue's texts before oclif draws. Loaded by oclif through package.json's
 * `oclif.helpClass`.
 */
export default class HelpInLang extends Help {
  private readonly inId = langAsked(process.argv.slice(2)) === 'id'
  private readonly texts = msg('id').help

  constructor(config: Interfaces.Config, opts: Partial<Interfaces.HelpOptions> = {}) {
    super(config, opts)
    if (this.inId) this.CommandHelpClass = CommandHelpInLang
  }

  override section(header: string, body: Parameters<Help['section']>[1]): string {
    return super.section(this.inId ? headerInLang(header, this.texts) : header, body)
  }

  override async showCommandHelp(command: Command.Loadable): Promise<void> {
    return super.showCommandHelp(this.inId ? commandInLang(command, this.texts) : command)
  }

  protected override formatCommands(commands: Command.Loadable[]): string {
    return super.formatCommands(this.inId ? commands.map((c) => commandInLang(c, this.texts)) : commands)
  }

  protected override formatTopic(topic: Interfaces.Topic): string {
    if (!this.inId) return super.formatTopic(topic)
    // Only the usage line holds a placeholder; the description is the catalogue's own text.
    return placeholdersInLang(super.formatTopic(topicInLang(topic, this.texts)), this.texts)
  }

  protected override formatTopics(topics: Interfaces.Topic[]): string {
    return super.formatTopics(this.inId ? topics.map((t) => topicInLang(t, this.texts)) : topics)
  }

  /** oclif's root help reads package.json's English description; in Indonesian it is drawn here the same way. */
  override formatRoot(): string {
    if (!this.inId) return super.formatRoot()
    const {bin, userAgent} = this.config
    return [
      this.texts.root ?? '',
      this.section('VERSION', this.wrap(userAgent)),
      this.section('USAGE', this.wrap(`$ ${bin} [${this.texts.placeholders.command}]`)),
    ].join('\n\n')
  }
}

import {userInfo} from 'node:os'
import {Command, Flags, Interfaces} from '@oclif/core'
import {EXIT, UserError} from './errors'
import {DEFAULT_LANG, LANGS, msg, setLang} from './i18n'
import {langAsked, parseProblem} from './cli/parse-problem'
import {DEFAULT_DB, maskSecrets} from './store/connection'
import {acquireLock, StoreLock} from './store/lock'
import {OpenMode, openStore, Store} from './store/store'
import {printable} from './util/terminal-text'

export type Flags<T extends typeof Command> = Interfaces.InferredFlags<(typeof BaseCommand)['baseFlags'] & T['flags']>
export type Args<T extends typeof Command> = Interfaces.InferredArgs<T['args']>

function defaultActor(): string {
  try {
    return userInfo().username
  } catch {
    return process.env.USER ?? 'unknown'
  }
}

/**
 * Owns what every command shares: the global flags, opening and closing the store, the operator
 * lock for commands that change state, and the mapping of errors to CONTRACT §1 exit codes, which
 * `--json` keeps too.
 */
export abstract class BaseCommand<T extends typeof Command> extends Command {
  static baseFlags = {
    lang: Flags.string({
      description: 'language of everything a person reads: id (Bahasa Indonesia) or en (English)',
      env: 'PRIME_MIGRATE_LANG',
      options: [...LANGS],
      default: DEFAULT_LANG,
      helpGroup: 'GLOBAL',
    }),
    actor: Flags.string({
      description: 'who is acting, for the audit log (default: the OS user)',
      env: 'PRIME_MIGRATE_ACTOR',
      helpGroup: 'GLOBAL',
    }),
    db: Flags.string({
      description: 'state store: sqlite:PATH or mysql://user:pass@host:port/db',
      env: 'PRIME_MIGRATE_DB',
      default: DEFAULT_DB,
      helpGroup: 'GLOBAL',
    }),
  }
  static enableJsonFlag = true
  /** Commands that change state take the store-wide operator lock. */
  static mutates = false

  protected flags!: Flags<T>
  protected args!: Args<T>
  private opened?: Store
  private lock?: StoreLock

  public override async init(): Promise<void> {
    await super.init()
    // Before parsing: a parse error (a bad flag value) must already read in the language asked for.
    setLang(langAsked(this.argv))
    const {args, flags} = await this.parse({
      args: this.ctor.args,
      baseFlags: (super.ctor as typeof BaseCommand).baseFlags,
      enableJsonFlag: this.ctor.enableJsonFlag,
      flags: this.ctor.flags,
      strict: this.ctor.strict,
    })
    this.flags = flags as Flags<T>
    this.args = args as Args<T>
    setLang((flags as {lang: (typeof LANGS)[number]}).lang)
  }

  protected get actor(): string {
    return (this.flags as {actor?: string}).actor || defaultActor()
  }

  protected get commandLine(): string {
    // oclif keeps topics apart with ":" inside; the user typed, and reads back, spaces (CONTRACT §1).
    return `prime-migrate ${(this.id ?? '').replace(/:/g, ' ')}`.trim()
  }

  /**
   * The open store, opened (and, for mutating commands, locked) on first use. Only `init` creates a
   * store: on one never initialised every other command exits 2 and creates nothing.
   */
  protected async store(): Promise<Store> {
    if (this.opened) return this.opened
    const db = (this.flags as {db: string}).db
    const store = await openStore({db, actor: this.actor, command: this.commandLine, mode: this.storeMode()})
    this.opened = store
    if (this.takesLock()) this.lock = await acquireLock(store.knex, this.actor, this.commandLine)
    return store
  }

  /** How this command opens the store: a read-only command writes nothing, not even a schema upgrade. */
  protected storeMode(): OpenMode {
    return this.takesLock() ? 'existing' : 'read'
  }

  /** Whether this invocation changes state; a command whose flags make it read-only can say no. */
  protected takesLock(): boolean {
    return (this.ctor as typeof BaseCommand).mutates
  }

  /** Whatever a person's terminal shows passes `printable`: values from files and stores may hold escape sequences. */
  override log(message = '', ...args: unknown[]): void {
    super.log(printable(message), ...args)
  }

  override logToStderr(message = '', ...args: unknown[]): void {
    super.logToStderr(printable(message), ...args)
  }

  /** Progress and human messages go to stderr under --json, so stdout holds only the JSON. */
  protected info(message: string): void {
    if (this.jsonEnabled()) return
    this.log(message)
  }

  protected override async catch(err: Error & {exitCode?: number; oclif?: {exit?: number}}): Promise<any> {
    const exit = err instanceof UserError ? err.exit : (err.oclif?.exit ?? (err.name === 'ExitError' ? err.oclif?.exit : EXIT.failure))
    if (err.name === 'ExitError') throw err
    const parsed = parseProblem(err)
    const fix = err instanceof UserError ? err.fix : parsed?.fix
    const details = (err as {details?: unknown}).details
    let message = maskSecrets(parsed?.message ?? err.message ?? String(err))
    if (!(err instanceof UserError) && exit === EXIT.failure) {
      const where = (err.stack ?? '')
        .split('\n')
        .find((l) => /\/(src|commands)\//.test(l))
        ?.trim()
      if (where) message += ` (${where})`
      if (process.env.PRIME_MIGRATE_DEBUG) message += `\n${maskSecrets(err.stack ?? '')}`
    }
    process.exitCode = exit
    if (this.jsonEnabled()) {
      this.logJson({error: {message, exit, ...(fix ? {fix} : {}), ...(details ? {details} : {})}})
    } else if (exit === EXIT.waiting) {
      // Waiting on a person (or on the lock) is the normal course of a migration, not a failure.
      const m = msg().cli
      this.logToStderr(`⏸ ${m.waiting}: ${message}${fix ? `\n${m.next}: ${fix}` : ''}`)
    } else {
      const m = msg().cli
      this.logToStderr(`${m.error}: ${message}${fix ? `\n${m.fix}: ${fix}` : ''}`)
    }
    this.exit(exit)
  }

  protected override async finally(err: Error | undefined): Promise<any> {
    try {
      if (this.lock) await this.lock.release().catch(() => {})
      if (this.opened) await this.opened.close().catch(() => {})
    } finally {
      await super.finally(err)
    }
  }
}

import {existsSync} from 'node:fs'
import {Knex} from 'knex'
import {appendAudit, AuditContext, AuditEntry} from '../audit/chain'
import type {AddedRows} from '../audit/ledger'
import {UserError, EXIT, InputError} from '../errors'
import {msg} from '../i18n'
import {maskSecrets, parseDbUrl, StoreLocation} from './connection'
import {Dialect, dialectFor} from './dialect'
import {isInitialised} from './meta'
import {migrateLatest, upToDate} from './migrate'

/** Characters of the `actor` column of every table that records who acted. */
const ACTOR_CHARS = 191

/** An open state store and who is acting on it: what every domain function receives. */
export interface Store {
  knex: Knex
  location: StoreLocation
  /** What differs between SQLite and MySQL, chosen when the store opened. */
  dialect: Dialect
  actor: string
  command: string
  /** Migrations this open applied (every one for a store it created). */
  migrated: string[]
  /** Append an audit entry, inside `trx` when the change it records is in one (`added`: see `appendAudit`). */
  audit(action: string, details: unknown, trx?: Knex.Transaction, added?: AddedRows): Promise<AuditEntry>
  close(): Promise<void>
}

/**
 * create: make the store if it is new and bring its schema up to date (`init`, the demo's own store);
 * existing: a store `init` made, its schema brought up to date (commands that change state);
 * read: a store `init` made, opened without writing anything (read commands).
 */
export type OpenMode = 'create' | 'existing' | 'read'

export interface OpenOptions {
  db: string
  actor: string
  command: string
  cwd?: string
  mode?: OpenMode
}

function notInitialised(location: StoreLocation): InputError {
  const m = msg().store
  return new InputError(m.notInitialised({store: location.masked}), m.notInitialisedFix)
}

/** What SQLite says of a file that is not a database, or one whose pages are damaged. */
const CORRUPT_FILE = new Set(['SQLITE_NOTADB', 'SQLITE_CORRUPT'])

/**
 * Open the store. Only `create` may make one: any other mode on a store never initialised exits 2
 * before anything is written (for SQLite, before the file exists). Connection failures name the masked URL.
 */
export async function openStore(opts: OpenOptions): Promise<Store> {
  const mode = opts.mode ?? 'create'
  const location = parseDbUrl(opts.db, opts.cwd)
  // Every record names its actor in a column of ACTOR_CHARS; a longer name would fail the first write on MySQL.
  if (opts.actor.length > ACTOR_CHARS)
    throw new InputError(msg().faults.actorTooLong({length: opts.actor.length, limit: ACTOR_CHARS}), msg().faults.actorTooLongFix)
  if (mode !== 'create' && location.dialect === 'sqlite' && !existsSync(location.file!)) throw notInitialised(location)
  const dialect = dialectFor(location)
  const knex = dialect.createKnex(location)
  let migrated: string[] = []
  try {
    if (mode !== 'create' && !(await isInitialised(knex))) throw notInitialised(location)
    if (mode === 'read') {
      if (!(await upToDate(knex))) throw new InputError(msg().store.outdated({store: location.masked}), msg().store.outdatedFix)
    } else migrated = await migrateLatest(knex)
  } catch (error) {
    await knex.destroy().catch(() => {})
    const m = msg().faults
    // The server gone or silent: said so, naming the store (its URL as shown, never its password).
    if (error instanceof UserError && error.exit === EXIT.failure)
      throw new UserError(m.cannotOpen({store: location.masked, reason: error.message}), EXIT.failure, error.fix)
    if (error instanceof UserError) throw error
    const text = maskSecrets((error as Error).message ?? String(error))
    if (/migration directory is corrupt/.test(text))
      throw new UserError(m.newerStore({store: location.masked, reason: text}), EXIT.failure, m.newerStoreFix)
    // A store file that is not (or no longer) a whole database: folder permissions are not the problem, the file is.
    if (location.file && CORRUPT_FILE.has((error as {code?: string}).code ?? '')) {
      const r = msg().readers
      throw new UserError(r.storeCorrupt({file: location.file, detail: text}), EXIT.failure, r.storeCorruptFix({file: location.file}))
    }
    throw new UserError(m.cannotOpen({store: location.masked, reason: text}), EXIT.failure, msg().store.openHint[location.dialect])
  }
  const ctx: AuditContext = {actor: opts.actor, command: opts.command}
  return {
    knex,
    location,
    dialect,
    actor: opts.actor,
    command: opts.command,
    migrated,
    audit: (action, details, trx, added) => appendAudit(trx ?? knex, ctx, action, details, added),
    close: () => knex.destroy(),
  }
}

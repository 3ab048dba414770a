import {Knex} from 'knex'
import {appendAudit, AuditContext, AuditEntry} from '../audit/chain'
import {UserError, EXIT} from '../errors'
import {maskSecrets, parseDbUrl, StoreLocation} from './connection'
import {Dialect, dialectFor} from './dialect'
import {migrateLatest} from './migrate'

/** An open state store and who is acting on it: what every domain function receives. */
export interface Store {
  knex: Knex
  location: StoreLocation
  /** What differs between SQLite and MySQL, chosen when the store opened. */
  dialect: Dialect
  actor: string
  command: string
  /** Append an audit entry, inside `trx` when the change it records is in one. */
  audit(action: string, details: unknown, trx?: Knex.Transaction): Promise<AuditEntry>
  close(): Promise<void>
}

export interface OpenOptions {
  db: string
  actor: string
  command: string
  cwd?: string
}

/** Open the store and bring its schema up to date. Connection failures name the masked URL. */
export async function openStore(opts: OpenOptions): Promise<Store> {
  const location = parseDbUrl(opts.db, opts.cwd)
  const dialect = dialectFor(location)
  const knex = dialect.createKnex(location)
  try {
    await migrateLatest(knex)
  } catch (error) {
    await knex.destroy().catch(() => {})
    const msg = maskSecrets((error as Error).message ?? String(error))
    if (/migration directory is corrupt/.test(msg)) {
      throw new UserError(
        `the state store ${location.masked} was upgraded by a newer prime-migrate: ${msg}`,
        EXIT.failure,
        'use the prime-migrate version that last ran `init` on this store, or a newer one',
      )
    }
    throw new UserError(`cannot open the state store ${location.masked}: ${msg}`, EXIT.failure, dialect.openFailureHint)
  }
  const ctx: AuditContext = {actor: opts.actor, command: opts.command}
  return {
    knex,
    location,
    dialect,
    actor: opts.actor,
    command: opts.command,
    audit: (action, details, trx) => appendAudit(trx ?? knex, ctx, action, details),
    close: () => knex.destroy(),
  }
}

import {resolve} from 'node:path'
import {Knex} from 'knex'
import {InputError} from '../errors'
import {msg} from '../i18n'

export type DialectName = 'sqlite' | 'mysql'

export interface StoreLocation {
  dialect: DialectName
  /** The URL as given, for connecting. Never print it: use `masked`. */
  url: string
  /** The URL with any password replaced by `***`, safe for output, logs and workbooks. */
  masked: string
  /** SQLite file path (absolute), when dialect is sqlite. */
  file?: string
}

export const DEFAULT_DB = 'sqlite:.prime-migrate/state.db'

/** Replace the password of every URL-like credential in a text by `***`. */
export function maskSecrets(text: string): string {
  return text.replace(/([a-z][a-z0-9+.-]*:\/\/[^:/@\s]*:)([^@\s]*)@/gi, '$1***@')
}

/** Parse `sqlite:PATH` or `mysql://user:pass@host:port/db` into a store location. */
export function parseDbUrl(url: string, cwd = process.cwd()): StoreLocation {
  if (url.startsWith('sqlite:')) {
    const path = url.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, '')
    if (!path) throw new InputError(msg().store.noSqlitePath({url}), msg().store.noSqlitePathFix)
    const file = resolve(cwd, path)
    return {dialect: 'sqlite', url, masked: `sqlite:${path}`, file}
  }
  if (/^(mysql|mariadb):\/\//i.test(url)) {
    let parsed: URL
    try {
      parsed = new URL(url.replace(/^mariadb:/i, 'mysql:'))
    } catch {
      throw new InputError(msg().store.badUrl({url: maskSecrets(url)}), msg().store.badUrlFix)
    }
    if (!parsed.pathname || parsed.pathname === '/') {
      throw new InputError(msg().store.noDatabase({url: maskSecrets(url)}), msg().store.noDatabaseFix)
    }
    return {dialect: 'mysql', url, masked: maskSecrets(url)}
  }
  throw new InputError(msg().store.unknownKind({url: maskSecrets(url)}), msg().store.unknownKindFix)
}

/** mysql2 connection options from a mysql:// URL; utf8mb4 and UTC so instants round-trip exactly. */
export function mysqlConnection(url: string): Knex.MySql2ConnectionConfig {
  const u = new URL(url.replace(/^mariadb:/i, 'mysql:'))
  return {
    host: u.hostname || '127.0.0.1',
    port: u.port ? Number(u.port) : 3306,
    user: decodeURIComponent(u.username || 'root'),
    password: decodeURIComponent(u.password || ''),
    database: decodeURIComponent(u.pathname.replace(/^\//, '')),
    charset: 'utf8mb4',
    timezone: 'Z',
    dateStrings: true,
    supportBigNumbers: true,
    bigNumberStrings: false,
    connectTimeout: 5000,
  }
}

// knex logs connection errors to stdout by itself; they reach the user once, masked, as our error.
export const quietLog = {warn() {}, error() {}, deprecate() {}, debug() {}}

import {resolve} from 'node:path'
import {Knex} from 'knex'
import {InputError} from '../errors'
import {msg} from '../i18n'

export type DialectName = 'sqlite' | 'mysql'

export interface StoreLocation {
  dialect: DialectName
  /** The URL as given, for connecting. Never print it: use `masked`. */
  url: string
  /** The URL rebuilt from its parsed parts with the password left out, safe for output, logs and workbooks. */
  masked: string
  /** SQLite file path (absolute), when dialect is sqlite. */
  file?: string
}

export const DEFAULT_DB = 'sqlite:.prime-migrate/state.db'

/** A mysql:// (or mariadb://) URL taken apart once, as the driver reads it: the last `@` ends the password. */
export interface MysqlUrl {
  scheme: 'mysql' | 'mariadb'
  user: string
  password: string
  host: string
  port: number
  database: string
}

/** Every password a URL parsed in this process carried, decoded and as typed: what `maskSecrets` removes. */
const secrets = new Set<string>()

function remember(secret: string): void {
  if (secret.length >= 4) secrets.add(secret)
}

/**
 * Parse a mysql:// or mariadb:// URL with the WHATWG parser (which, like mysql2, reads an unencoded `@`
 * in the password as part of it and the last one as the host's start); undefined when it does not parse.
 */
export function parseMysqlUrl(text: string): MysqlUrl | undefined {
  const scheme = /^(mysql|mariadb):\/\//i.exec(text)?.[1].toLowerCase() as MysqlUrl['scheme'] | undefined
  if (!scheme) return undefined
  let u: URL
  try {
    u = new URL(text)
  } catch {
    return undefined
  }
  let password: string
  let user: string
  let database: string
  try {
    password = decodeURIComponent(u.password)
    user = decodeURIComponent(u.username)
    database = decodeURIComponent(u.pathname.replace(/^\//, ''))
  } catch {
    return undefined
  }
  remember(password)
  remember(u.password)
  // What the user typed between the first ':' after the user and the last '@', in case it differs from both.
  const typed = /^[a-z]+:\/\/[^:@/]*:(.*)@[^@]*$/i.exec(text)?.[1]
  if (typed) remember(typed)
  return {scheme, user, password, host: u.hostname || '127.0.0.1', port: u.port ? Number(u.port) : 3306, database}
}

/** A parsed URL as shown and stored: built from its parts, the password never among them. */
export function showMysqlUrl(u: MysqlUrl): string {
  const user = u.user ? `${encodeURIComponent(u.user)}${u.password ? ':***' : ''}@` : ''
  return `${u.scheme}://${user}${u.host}:${u.port}/${encodeURIComponent(u.database)}`
}

/**
 * A connection string as it may be shown or stored. One that parses is rebuilt from its parts without
 * the password; one that does not keeps only its scheme and user, since where its password ends
 * cannot be known.
 */
export function showUrl(text: string): string {
  if (text.startsWith('sqlite:')) return text
  const parsed = parseMysqlUrl(text)
  if (parsed) return showMysqlUrl(parsed)
  const head = /^([a-z][a-z0-9+.-]*:?\/*)([^:@/\s]*)/i.exec(text)
  if (!head) return '…'
  // The text before ':' or '@' is the user only where an '@' follows; otherwise it may be anything.
  return `${head[1]}${text.includes('@') ? head[2] : ''}…`
}

/** Remove from a text (a driver's or a library's message) every password of a URL this process parsed. */
export function maskSecrets(text: string): string {
  let out = text
  for (const s of [...secrets].sort((a, b) => b.length - a.length)) out = out.split(s).join('***')
  return out
}

/** Parse `sqlite:PATH` or `mysql://user:pass@host:port/db` into a store location. */
export function parseDbUrl(url: string, cwd = process.cwd()): StoreLocation {
  const m = msg().faults
  if (url.startsWith('sqlite:')) {
    const path = url.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, '')
    if (!path) throw new InputError(m.sqliteNoPath({url}), m.sqliteNoPathFix)
    const file = resolve(cwd, path)
    return {dialect: 'sqlite', url, masked: `sqlite:${path}`, file}
  }
  if (/^(mysql|mariadb):\/\//i.test(url)) {
    const parsed = parseMysqlUrl(url)
    if (!parsed) throw new InputError(m.badUrl({flag: '--db', url: showUrl(url)}), m.badUrlFix)
    if (!parsed.database) throw new InputError(m.noDatabase({flag: '--db', url: showMysqlUrl(parsed)}), m.noDatabaseFix)
    return {dialect: 'mysql', url, masked: showMysqlUrl(parsed)}
  }
  throw new InputError(m.unknownStore({url: showUrl(url)}), m.unknownStoreFix)
}

/** How long connecting may take, and how long a socket may stay silent while the tool waits on the server. */
export const CONNECT_TIMEOUT_MS = 10_000

/** mysql2 connection options from a parsed mysql:// URL; utf8mb4 and UTC so instants round-trip exactly. */
export function mysqlConnection(url: string | MysqlUrl): Knex.MySql2ConnectionConfig {
  const u = typeof url === 'string' ? parseMysqlUrl(url) : url
  if (!u) throw new InputError(msg().faults.badUrl({flag: '--db', url: showUrl(String(url))}), msg().faults.badUrlFix)
  return {
    host: u.host,
    port: u.port,
    user: u.user || 'root',
    password: u.password,
    database: u.database,
    charset: 'utf8mb4',
    timezone: 'Z',
    dateStrings: true,
    supportBigNumbers: true,
    bigNumberStrings: false,
    connectTimeout: CONNECT_TIMEOUT_MS,
    // A server that vanished without closing the socket (host down, network cut) is noticed by the keep-alive.
    enableKeepAlive: true,
    keepAliveInitialDelay: CONNECT_TIMEOUT_MS,
  } as Knex.MySql2ConnectionConfig
}

// knex logs connection errors to stdout by itself; they reach the user once, masked, as our error.
export const quietLog = {warn() {}, error() {}, deprecate() {}, debug() {}}

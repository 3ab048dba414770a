import type {Catalogue} from '../types'

export const faults: Catalogue['faults'] = {
  loadDataSqlite: 'LOAD DATA is a MySQL/MariaDB statement; a SQLite store takes rows by INSERT',
  loadDataOff: 'the server does not allow LOAD DATA LOCAL INFILE (local_infile is OFF)',
  sqliteNoPath: (p) => `--db ${p.url}: no file path after "sqlite:"`,
  sqliteNoPathFix: 'use sqlite:PATH, e.g. sqlite:.prime-migrate/state.db',
  badUrl: (p) => `${p.flag} ${p.url} is not a valid URL`,
  badUrlFix: 'use mysql://user:password@host:3306/database; write / ? # in a password as %2F %3F %23 (the password is never shown)',
  noDatabase: (p) => `${p.flag} ${p.url} names no database`,
  noDatabaseFix: 'add the database name: mysql://user@host:3306/DATABASE',
  unknownStore: (p) => `--db ${p.url}: unknown kind of store`,
  unknownStoreFix: 'use sqlite:PATH or mysql://user:password@host:port/database',
  cannotOpen: (p) => `cannot open the state store ${p.store}: ${p.reason}`,
  newerStore: (p) => `the state store ${p.store} was upgraded by a newer prime-migrate: ${p.reason}`,
  newerStoreFix: 'use the prime-migrate version that last ran `init` on this store, or a newer one',
  deskproNotMysql: (p) => `--deskpro ${p.url} is not a MySQL URL`,
  deskproNotMysqlFix: 'use mysql://user:password@host:3306/deskpro (a user with SELECT only is enough)',
  deskproFailed: (p) => `cannot read the Deskpro database ${p.url}: ${p.reason}`,
  deskproFailedFix:
    'check that the server is reachable, the database has the Deskpro tables (contract/deskpro-schema.sql) and the user may SELECT from them',
  serverLost: (p) => `the MySQL/MariaDB server stopped answering while ${p.what} (${p.reason})`,
  serverLostFix: 'make sure the server is running and reachable, then run the same command again: it carries on from what was finished',
  streamSilent: (p) => `nothing heard for ${p.seconds} s`,
  connectionClosed: 'connection lost',
  runningQuery: 'running a database statement',
  connecting: 'connecting to it',
  readingRows: 'reading rows',
  actorTooLong: (p) => `--actor has ${p.length} characters; the store records at most ${p.limit}`,
  actorTooLongFix: 'use a shorter name for --actor (or PRIME_MIGRATE_ACTOR), e.g. a user name or staff number',
  lockedBy: (p) => `the store is locked by ${p.holder} (${p.command}, pid ${p.pid} on ${p.host}) since ${p.since}`,
  lockedByUnknown: 'the store is locked by another operator whose name was not recorded',
  lockedFix: 'wait for that command to finish, then run this one again',
  tooLong: (p) =>
    `${p.field} holds ${p.length} characters, more than its column takes (${p.limit}); correct or shorten the value in the source file, then import again`,
  tooLarge: (p) =>
    `this row is ${p.bytes} bytes, more than the server takes in one statement (max_allowed_packet ${p.limit} bytes); shorten its longest value in the source file, or ask the database admin to raise max_allowed_packet, then import again`,
}

import knexFactory, {Knex} from 'knex'
import {InputError, UserError, EXIT} from '../../errors'
import {maskSecrets, mysqlConnection, quietLog} from '../../store/connection'

/** A connection to the Deskpro database: one pooled connection, nothing logged, only ever used for SELECTs. */
export function openSource(url: string): Knex {
  if (!/^(mysql|mariadb):\/\//i.test(url))
    throw new InputError(
      `--deskpro ${maskSecrets(url)} is not a MySQL URL`,
      'use mysql://user:password@host:3306/deskpro (a user with SELECT only is enough)',
    )
  let connection: Knex.MySql2ConnectionConfig
  try {
    connection = mysqlConnection(url)
  } catch {
    throw new InputError(`--deskpro ${maskSecrets(url)} is not a valid URL`, 'use mysql://user:password@host:3306/deskpro')
  }
  if (!connection.database)
    throw new InputError(`--deskpro ${maskSecrets(url)} names no database`, 'add the database name: mysql://user@host:3306/DATABASE')
  return knexFactory({client: 'mysql2', connection, pool: {min: 0, max: 1}, log: quietLog, acquireConnectionTimeout: 10000})
}

/** A source-side failure as the user sees it: never the password, never the SQL. */
export function sourceError(error: unknown, url: string, what: string): UserError {
  if (error instanceof UserError) return error
  const message = (error as Error).message ?? String(error)
  const reason = message.includes(' - ') ? message.slice(message.lastIndexOf(' - ') + 3) : message
  return new UserError(
    `cannot ${what} the Deskpro database ${maskSecrets(url)}: ${maskSecrets(reason)}`,
    EXIT.failure,
    'check that the server is reachable, the database has the Deskpro tables (contract/deskpro-schema.sql) and the user may SELECT from them',
  )
}

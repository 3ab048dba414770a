import {Knex} from 'knex'
import {InputError, UserError, EXIT} from '../../errors'
import {msg} from '../../i18n'
import {maskSecrets, parseMysqlUrl, showMysqlUrl, showUrl} from '../../store/connection'
import {mysqlKnex} from '../../store/dialect/mysql'
import {ServerLostError} from '../../store/dialect/mysql-faults'

/** A connection to the Deskpro database: one pooled connection, nothing logged, only SELECTs, failing rather than hanging. */
export function openSource(url: string): Knex {
  const m = msg().faults
  if (!/^(mysql|mariadb):\/\//i.test(url)) throw new InputError(m.deskproNotMysql({url: showUrl(url)}), m.deskproNotMysqlFix)
  const parsed = parseMysqlUrl(url)
  if (!parsed) throw new InputError(m.badUrl({flag: '--deskpro', url: showUrl(url)}), m.badUrlFix)
  if (!parsed.database) throw new InputError(m.noDatabase({flag: '--deskpro', url: showMysqlUrl(parsed)}), m.noDatabaseFix)
  return mysqlKnex(parsed, 1)
}

/** A source-side failure as the user sees it: never the password, never the SQL. */
export function sourceError(error: unknown, url: string): UserError {
  const m = msg().faults
  if (error instanceof ServerLostError)
    return new UserError(m.deskproFailed({url: showUrl(url), reason: error.message}), EXIT.failure, error.fix)
  if (error instanceof UserError) return error
  const message = (error as Error).message ?? String(error)
  const reason = message.includes(' - ') ? message.slice(message.lastIndexOf(' - ') + 3) : message
  return new UserError(m.deskproFailed({url: showUrl(url), reason: maskSecrets(reason)}), EXIT.failure, m.deskproFailedFix)
}

import {Knex} from 'knex'
import {DialectName, StoreLocation} from '../connection'
import {Dialect} from './dialect'
import {mysqlDialect} from './mysql'
import {sqliteDialect} from './sqlite'

export type {BulkMode, Dialect, KeyedTable, NewRows, RowLimits} from './dialect'
export type {LaneSums, RowLanes} from './table-digest'
export type {RowTexts} from './row-texts'
export {RowTextWriter} from './row-texts'
export {DuplicateKeyError} from './dialect'

const DIALECTS: Record<DialectName, Dialect> = {sqlite: sqliteDialect, mysql: mysqlDialect}

/** The dialect of the store at `location`: chosen once, when the store opens. */
export function dialectFor(location: StoreLocation): Dialect {
  return DIALECTS[location.dialect]
}

/**
 * The dialect of a knex (or transaction) built by one of the dialects, for code that is handed only a
 * knex (migrations, the audit chain): the one place that reads knex's client name.
 */
export function dialectOf(knex: Knex): Dialect {
  const client = knex.client.config.client
  const dialect = Object.values(DIALECTS).find((d) => d.knexClient === client)
  if (!dialect) throw new Error(`the store's knex client ${String(client)} is neither SQLite nor MySQL`)
  return dialect
}

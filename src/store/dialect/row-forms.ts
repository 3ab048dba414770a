import type {DialectName} from '../connection'
import type {Dialect} from './dialect'
import {mysqlRowLiteral} from './mysql-literal'
import {mysqlRowLanes, sqliteRowLanes} from './table-digest'

/** How a dialect writes a new row without a connection: what the import's worker thread needs of it. */
export type RowForms = Pick<Dialect, 'rowLiteral' | 'rowLanes'>

/**
 * The dialects' row forms, kept apart from `sqlite.ts` and `mysql.ts` because those load knex, which the
 * worker never uses: knex (and lodash, tarn) were more than half of the worker's bundle and loaded
 * before its first row (measured: README, "How the CLI is built"). `test/sources/import-worker.test.ts`
 * keeps it out.
 */
const ROW_FORMS: Record<DialectName, RowForms> = {
  sqlite: {rowLanes: sqliteRowLanes},
  mysql: {rowLiteral: mysqlRowLiteral, rowLanes: mysqlRowLanes},
}

/** The row forms of the dialect of this name (the worker knows the store only by it). */
export function rowFormsNamed(name: DialectName): RowForms {
  return ROW_FORMS[name]
}

import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {createConnection} from 'mysql2/promise'
import {mysqlConnection} from '../../src/store/connection'
import {packageRoot} from '../../src/util/paths'
import {createMysqlDatabase, dropMysqlDatabase} from '../helpers/dbs'

/** A verbatim copy of the contract's contract/deskpro-schema.sql, kept beside the fixture it creates tables for. */
export const SCHEMA_SQL = join(packageRoot(), 'fixtures', 'deskpro', 'schema.sql')
export const FIXTURE_SQL = join(packageRoot(), 'fixtures', 'deskpro', 'feb-2025.sql')

/** Run a SQL script (several statements) against a database. */
export async function runSql(url: string, sql: string): Promise<void> {
  const conn = await createConnection({...(mysqlConnection(url) as object), multipleStatements: true})
  try {
    await conn.query(sql)
  } finally {
    await conn.end()
  }
}

/** A fresh Deskpro-like source database: the contract schema, then the February 2025 fixture. */
export async function createDeskproSource(): Promise<{url: string; drop(): Promise<void>}> {
  const url = await createMysqlDatabase('pm_dp')
  await runSql(url, readFileSync(SCHEMA_SQL, 'utf8'))
  await runSql(url, readFileSync(FIXTURE_SQL, 'utf8'))
  return {url, drop: () => dropMysqlDatabase(url)}
}

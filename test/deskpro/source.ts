import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {parse} from 'csv-parse/sync'
import {createConnection} from 'mysql2/promise'
import {FixtureEra} from '../../src/fixtures/deskpro-eras'
import {mysqlConnection} from '../../src/store/connection'
import {packageRoot} from '../../src/util/paths'
import {createMysqlDatabase, dropMysqlDatabase} from '../helpers/dbs'

/** A verbatim copy of the contract's contract/deskpro-schema.sql, kept beside the fixture it creates tables for. */
export const SCHEMA_SQL = join(packageRoot(), 'fixtures', 'deskpro', 'schema.sql')
export const FIXTURE_SQL = join(packageRoot(), 'fixtures', 'deskpro', 'feb-2025.sql')

/** The February 2025 register the Deskpro fixtures are equivalent to. */
export const REGISTER_CSV = join(packageRoot(), 'fixtures', 'tickets', '2025-02.csv')
export const registerRows = (): Record<string, string>[] => parse(readFileSync(REGISTER_CSV, 'utf8'), {columns: true})

/** The register fields a Deskpro import must give every ticket exactly as the register does (confidential apart: 0/1 vs boolean). */
export const COMPARED_FIELDS = [
  'channel',
  'created_at',
  'requester_type',
  'region',
  'zone',
  'topic',
  'agent',
  'subject',
  'body',
  'requester_name',
  'requester_email',
  'status',
  'escalated_unit',
  'escalated_at',
  'l2_responded_at',
]

/** Run a SQL script (several statements) against a database. */
export async function runSql(url: string, sql: string): Promise<void> {
  const conn = await createConnection({...(mysqlConnection(url) as object), multipleStatements: true})
  try {
    await conn.query(sql)
  } finally {
    await conn.end()
  }
}

/** Rows of one query against a source database, as root. */
export async function querySql<T>(url: string, sql: string): Promise<T[]> {
  const conn = await createConnection({...(mysqlConnection(url) as object), dateStrings: true})
  try {
    const [rows] = await conn.query(sql)
    return rows as T[]
  } finally {
    await conn.end()
  }
}

/**
 * A fresh Deskpro source database with the February 2025 fixture: the contract's simplified schema
 * by default, or the schema of one Deskpro era (fixtures/deskpro/<era>/).
 */
export async function createDeskproSource(era?: FixtureEra): Promise<{url: string; drop(): Promise<void>}> {
  const url = await createMysqlDatabase('pm_dp')
  const dir = era ? join(packageRoot(), 'fixtures', 'deskpro', era) : join(packageRoot(), 'fixtures', 'deskpro')
  await runSql(url, readFileSync(join(dir, 'schema.sql'), 'utf8'))
  await runSql(url, readFileSync(join(dir, 'feb-2025.sql'), 'utf8'))
  return {url, drop: () => dropMysqlDatabase(url)}
}

/** A user that may only SELECT from the source database, as a Deskpro administrator would hand out. */
export async function createReadOnlyUser(url: string, tag: string): Promise<{url: string; drop(): Promise<void>}> {
  const dbName = url.slice(url.lastIndexOf('/') + 1)
  const user = `pm_ro_${tag}_${process.pid}`.slice(0, 32)
  const password = 'baca:saja 1'
  await runSql(
    url,
    `DROP USER IF EXISTS '${user}'@'%'; CREATE USER '${user}'@'%' IDENTIFIED BY '${password}'; GRANT SELECT ON \`${dbName}\`.* TO '${user}'@'%';`,
  )
  return {
    url: url.replace(/^mysql:\/\/[^@]*@/, `mysql://${user}:${encodeURIComponent(password)}@`),
    drop: () => runSql(url, `DROP USER IF EXISTS '${user}'@'%'`),
  }
}

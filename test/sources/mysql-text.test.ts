import {escape} from 'sql-escaper'
import {mysqlDialect} from '../../src/store/dialect/mysql'
import {mysqlRowLiteral} from '../../src/store/dialect/mysql-literal'
import {createMysqlDatabase, dropMysqlDatabase} from '../helpers/dbs'

/** Values that need escaping, and values that do not, of every type a register's row holds. */
const HOSTILE = [
  'polos',
  '',
  "Jum'at",
  'kata "dikutip"',
  'garis\\miring \\N',
  'baris\nbaru\r\nlagi',
  'tab\tdi sini',
  'nul\0',
  'sub\x1a',
  'mundur\b',
  'é ✓ 𝔸',
  'Kapan? ??',
  0,
  -1.5,
  42,
  null,
  undefined,
  true,
  false,
]

describe("a MariaDB row's INSERT text", () => {
  it('is what sql-escaper (mysql2’s own escaping) writes for each value', () => {
    expect(mysqlRowLiteral(HOSTILE, 'insert')).toBe(`(${HOSTILE.map((v) => escape(v)).join(', ')}),`)
  })

  it('stores every value as given, and statements without values go to the server as written', async () => {
    const url = await createMysqlDatabase()
    const knex = mysqlDialect.createKnex({dialect: 'mysql', url, masked: url})
    try {
      const columns = HOSTILE.map((_, i) => `c${i}`)
      await knex.raw(`CREATE TABLE t (${columns.map((c) => `${c} VARCHAR(64) NULL`).join(', ')})`)
      // Sent with no values: the `?` inside the text must not be taken for a placeholder.
      await knex.raw(`INSERT INTO t VALUES ${mysqlRowLiteral(HOSTILE, 'insert').slice(0, -1)}`)
      const [[row]] = (await knex.raw('SELECT * FROM t')) as [Record<string, string | null>[]]
      const asStored = (v: unknown) => (v === undefined || v === null ? null : typeof v === 'boolean' ? String(Number(v)) : String(v))
      expect(columns.map((c) => row[c])).toEqual(HOSTILE.map(asStored))
      // With values, the statement is formatted as mysql2 formats it.
      const [[bound]] = (await knex.raw('SELECT ? AS a, ? AS b, ? AS c', ["Jum'at?", null, 7])) as [Record<string, unknown>[]]
      expect(bound).toEqual({a: "Jum'at?", b: null, c: 7})
    } finally {
      await knex.destroy()
      await dropMysqlDatabase(url)
    }
  })
})

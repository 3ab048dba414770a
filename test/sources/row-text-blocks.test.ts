import {mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {CsvPassages, csvRows} from '../../src/sources/csv'
import {RawRow} from '../../src/sources/register-spec'
import {bytesOf, rowChunks, RowTextWriter} from '../../src/store/dialect/row-texts'
import {csv, write} from './helpers'

describe('rows as one block of text (what the worker hands the writer)', () => {
  const rows = ["(1, 'a'),", "(2, 'Kabupaten Kepulauan Seribu'),", "(3, 'é ✓ 𝔸'),", '(4, NULL),', "(5, ''),"]

  it('keeps every row whole, in UTF-8, however often the block grows', () => {
    const writer = new RowTextWriter()
    const many = Array.from({length: 5000}, (_, i) => `${rows[i % rows.length]}${'x'.repeat(i % 300)}`)
    for (const r of many) writer.push(r)
    expect(writer.rows).toBe(many.length)
    const texts = writer.finish()
    expect(texts.ends).toHaveLength(many.length)
    expect(bytesOf(texts, 0, texts.ends.at(-1)!).toString('utf8')).toBe(many.join(''))
    expect(bytesOf(texts, texts.ends[1], texts.ends[2]).toString('utf8')).toBe(many[2])
    // Its own buffer, never a slice of Node's pool, so it can be transferred to another thread.
    expect(texts.bytes.byteOffset).toBe(0)
    // The next block starts empty.
    expect(writer.rows).toBe(0)
    writer.push(rows[2])
    expect(Buffer.from(writer.finish().bytes).toString('utf8')).toBe(rows[2])
  })

  it('cuts the chosen rows into runs of consecutive rows within the row and byte limits', () => {
    const writer = new RowTextWriter()
    for (const r of rows) writer.push(r)
    const texts = writer.finish()
    const text = (at: number[][]) => at.map(([s, e]) => bytesOf(texts, s, e).toString('utf8'))
    expect(text([...rowChunks(texts, [0, 1, 2, 3, 4], Infinity, 1 << 16)])).toEqual([rows.join('')])
    // A row left out (a key already stored) splits the run.
    expect(text([...rowChunks(texts, [0, 2, 3], Infinity, 1 << 16)])).toEqual([rows[0], rows[2] + rows[3]])
    expect(text([...rowChunks(texts, [1, 2, 3, 4], 2, 1 << 16)])).toEqual([rows[1] + rows[2], rows[3] + rows[4]])
    // A row larger than the byte limit goes alone; rows after it start a new chunk.
    expect(text([...rowChunks(texts, [0, 1, 2], Infinity, 20)])).toEqual([rows[0], rows[1], rows[2]])
    expect([...rowChunks(texts, [], Infinity, 20)]).toEqual([])
  })
})

describe('a CSV reader gives rows back by number from the text it parsed lately', () => {
  let dir: string
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'passages-'))))
  afterAll(() => rmSync(dir, {recursive: true, force: true}))

  const columns = ['ticket_id', null, 'subject', 'body']
  // Quoted line breaks of both kinds, doubled quotes, a BOM and CRLF, over several of the reader's 64 KB steps.
  const file = () =>
    write(
      dir,
      'register.csv',
      `\uFEFF${csv([
        ['ticket_id', 'unused', 'subject', 'body'],
        ...Array.from({length: 3000}, (_, i) => [
          `T${i}`,
          'x',
          i % 7 ? `Subjek ${i}` : '',
          i % 5 ? `isi ${i}, "kutip"\r\nbaris dua ${'panjang '.repeat(i % 40)}` : `pendek ${i}`,
        ]),
      ])}`,
    )

  it('returns each row exactly as it was read, and refuses rows it no longer keeps', async () => {
    const passages = new CsvPassages(columns)
    const read: RawRow[] = []
    for await (const row of csvRows(file(), columns, undefined, passages)) read.push(row)
    expect(read).toHaveLength(3000)
    expect(passages.added).toBeGreaterThan(4)
    const all = read.map((r) => r.rowNo)
    expect(passages.rows(all)).toEqual(read.map((r) => r.raw))
    expect(passages.rows([all[2999], all[0], all[1500]])).toEqual([read[2999].raw, read[0].raw, read[1500].raw])
    // Forgetting the first passages keeps the later rows and makes the early ones an error, not a guess.
    passages.forget(2)
    expect(passages.rows([all[2999]])).toEqual([read[2999].raw])
    expect(() => passages.rows([all[0]])).toThrow(/row 2 of the register is no longer kept/)
  })
})

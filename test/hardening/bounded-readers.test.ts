import {readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {Readable} from 'node:stream'
import ExcelJS from 'exceljs'
import JSZip from 'jszip'
import {CliResult, json, runCli} from '../helpers/cli'
import {withDbs} from '../helpers/dbs'

const HEADER = 'ticket_id,channel,created_at,requester_type,topic,body'
const row = (id: string, body = 'halo') => `${id},email,2025-02-03T08:00:00,pemda,DAU,${body}`
const jsonRow = (id: string, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ticket_id: id, channel: 'email', created_at: '2025-02-03T08:00:00', requester_type: 'pemda', topic: 'DAU', ...extra})

function noStack(r: CliResult): void {
  expect(r.stdout + r.stderr).not.toMatch(/^\s+at .+[(:]/m)
  expect(r.stderr).not.toMatch(/RangeError|Maximum call stack/)
}

/** The rejects file as [row, field, reason] (the raw row left out). */
function rejectsOf(file: string): string[][] {
  const lines = readFileSync(file, 'utf8')
    .replace(/^\uFEFF/, '')
    .trim()
    .split(/\r\n/)
    .slice(1)
  return lines.map((l) => {
    const m = /^(\d+),([^,]*),("(?:[^"]|"")*"|[^,]*),/.exec(l)!
    return [m[1], m[2], m[3].replace(/^"|"$/g, '').replace(/""/g, '"')]
  })
}

/** A workbook whose FAQ sheet holds a header, one good row, and then `emptyRows` rows of 16,384 styled empty cells each. */
async function cellBomb(path: string, emptyRows: number): Promise<void> {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('FAQ')
  ws.addRow(['No', 'Topik', 'Pertanyaan', 'Jawaban'])
  ws.addRow([1, 'DAU', 'Kapan DAU disalurkan?', 'Setiap bulan.'])
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer())
  const [head, tail] = (await zip.file('xl/worksheets/sheet1.xml')!.async('string')).split('</sheetData>')
  const empty = `<row>${'<c s="0"/>'.repeat(16_384)}</row>`
  function* sheet(): Generator<string> {
    yield head
    for (let r = 0; r < emptyRows; r++) yield empty
    yield `</sheetData>${tail}`
  }
  zip.file('xl/worksheets/sheet1.xml', Readable.from(sheet()))
  writeFileSync(path, await zip.generateAsync({type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: {level: 1}}))
}

withDbs('bounded readers: hostile lines, records and sheets', (db) => {
  const run = (args: string[], env?: Record<string, string>) => runCli([...args, '--db', db().url], {cwd: db().dir, env})
  const file = (name: string, content: string | Buffer) => {
    const p = join(db().dir, name)
    writeFileSync(p, content)
    return p
  }
  const count = async (table: string) => {
    return await db().use(async (s) => {
      return Number((await s.knex(table).count({n: '*'}))[0].n)
    })
  }

  it('a JSONL line nested 5,000 deep or longer than the line limit is a rejected row naming the line and the limit; the other lines load', async () => {
    expect((await run(['init'])).code).toBe(0)
    const deep = `{"ticket_id":"D1","x":${'['.repeat(5000)}${']'.repeat(5000)}}`
    const long = jsonRow('L1', {body: 'x'.repeat(3 * 1024 * 1024)})
    const jl = file('hostile.jsonl', [jsonRow('J1'), deep, long, jsonRow('J2'), jsonRow('J3', {meta: {a: {b: [1, 2]}}})].join('\n') + '\n')
    const r = await run(['import', 'tickets', jl, '--json'], {PRIME_MIGRATE_MAX_LINE_MB: '1'})
    noStack(r)
    expect(r.code).toBe(0)
    const out = json(r)
    expect(out).toMatchObject({read: 5, loaded: 3, rejected: 2})
    const rejects = rejectsOf(out.rejects_file)
    expect(rejects[0]).toEqual(['2', '(line)', expect.stringMatching(/100 tingkat \(PRIME_MIGRATE_MAX_JSON_DEPTH\)/)])
    expect(rejects[1]).toEqual(['3', '(line)', expect.stringMatching(/batas 1 MB per baris \(PRIME_MIGRATE_MAX_LINE_MB\)/)])
    // The rejects file keeps only the start of the long line, and the store names the file with each reject.
    expect(readFileSync(out.rejects_file, 'utf8').length).toBeLessThan(10_000)
    await db().use(async (s) => {
      const stored = await s.knex('rejects').select('file', 'row_no').orderBy('row_no')
      expect(stored).toEqual([
        {file: jl, row_no: 2},
        {file: jl, row_no: 3},
      ])
    })
    expect(await count('tickets')).toBe(3)
    // The depth is a setting, and the reason reads in the run's language (written by the worker thread).
    const depth = await run(
      [
        'import',
        'tickets',
        file('deep.jsonl', `${jsonRow('J4')}\n${jsonRow('D2', {x: [[[[[[[[[[[1]]]]]]]]]]]})}\n`),
        '--json',
        '--lang',
        'en',
      ],
      {
        PRIME_MIGRATE_MAX_JSON_DEPTH: '10',
      },
    )
    expect(rejectsOf(json(depth).rejects_file)).toEqual([['2', '(line)', expect.stringMatching(/nests more than 10 levels/)]])
  })

  it('a CSV record longer than the limit is rejected, a closed one skipped to its end, an unclosed quote to the end of the file', async () => {
    expect((await run(['init'])).code).toBe(0)
    const closed = `"${'ya ""kutip"" '.repeat(150_000)}"`
    const csv = file(
      'long.csv',
      [HEADER, row('C1'), row('C2', closed), row('C3'), row('C4', `"tak pernah ditutup ${'z'.repeat(1_500_000)}`), row('C5')].join('\r\n') +
        '\r\n',
    )
    const r = await run(['import', 'tickets', csv, '--json', '--lang', 'en'], {PRIME_MIGRATE_MAX_LINE_MB: '1'})
    noStack(r)
    expect(r.code).toBe(0)
    const out = json(r)
    // C5 is inside the never-closed quote of C4's record: it is part of the rejected record, not a row of its own.
    expect(out).toMatchObject({read: 4, loaded: 2, rejected: 2})
    const rejects = rejectsOf(out.rejects_file)
    expect(rejects.map((x) => x.slice(0, 2))).toEqual([
      ['3', '(row)'],
      ['5', '(row)'],
    ])
    expect(rejects[0][2]).toMatch(/longer than the limit of 1 MB a line \(PRIME_MIGRATE_MAX_LINE_MB\)/)
    expect(await count('tickets')).toBe(2)
    // Within the limit the same file loads whole.
    const whole = await run(['import', 'tickets', csv, '--json'], {PRIME_MIGRATE_MAX_LINE_MB: '8'})
    expect(json(whole)).toMatchObject({read: 4, rejected: 1})
  })

  it('an xlsx sheet that inflates to millions of empty cells exits 2 in seconds naming the limit; nothing loads', async () => {
    expect((await run(['init'])).code).toBe(0)
    const bomb = join(db().dir, 'bomb.xlsx')
    await cellBomb(bomb, 200)
    const started = Date.now()
    const r = await run(['import', 'faq', bomb, '--lang', 'en'])
    const seconds = (Date.now() - started) / 1000
    noStack(r)
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/bomb\.xlsx, sheet "FAQ": more than 2,000,000 cells \(PRIME_MIGRATE_MAX_XLSX_CELLS\)/)
    expect(r.stderr).toMatch(/Fix: .*Ctrl\+End/)
    expect(seconds).toBeLessThan(30)
    expect(await count('faq_articles')).toBe(0)
  })

  it('an xlsx cell at XFD1048576 is read without walking the empty grid; a bad limit setting exits 2', async () => {
    expect((await run(['init'])).code).toBe(0)
    const wb = new ExcelJS.Workbook()
    const ws = wb.addWorksheet('FAQ')
    ws.addRow(['No', 'Topik', 'Pertanyaan', 'Jawaban'])
    ws.addRow([1, 'DAU', 'Kapan DAU disalurkan?', 'Setiap bulan.'])
    ws.getCell('XFD1048576').value = 'ujung'
    const far = join(db().dir, 'far.xlsx')
    await wb.xlsx.writeFile(far)
    const r = await run(['import', 'faq', far, '--json'])
    noStack(r)
    expect(json(r)).toMatchObject({read: 1, loaded: 1})

    const bad = await run(['import', 'faq', far], {PRIME_MIGRATE_MAX_XLSX_CELLS: 'banyak'})
    noStack(bad)
    expect(bad.code).toBe(2)
    expect(bad.stderr).toMatch(/PRIME_MIGRATE_MAX_XLSX_CELLS="banyak"/)
  })
})

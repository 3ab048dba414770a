import {existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync} from 'node:fs'
import {join, relative} from 'node:path'
import ExcelJS from 'exceljs'
import {CliResult, json, runCli} from '../helpers/cli'
import {withDbs} from '../helpers/dbs'

const HEADER = 'ticket_id,channel,created_at,requester_type,topic,body'
const GOOD = 'T1,email,2025-02-03T08:00:00,pemda,DAU,halo'

/** Every file under a folder, relative to it. */
function tree(dir: string): string[] {
  const out: string[] = []
  const walk = (d: string) => {
    for (const f of readdirSync(d)) {
      const p = join(d, f)
      if (statSync(p).isDirectory()) walk(p)
      else out.push(relative(dir, p))
    }
  }
  walk(dir)
  return out.sort()
}

/** No stack frame, whatever the outcome: a user sees a message, never the tool's insides. */
function noStack(r: CliResult): void {
  expect(r.stdout + r.stderr).not.toMatch(/^\s+at .+[(:]/m)
}

/** Exit 2 with the file, what is wrong and the fix on stderr. */
function refused(r: CliResult, ...parts: (string | RegExp)[]): void {
  noStack(r)
  expect(r.code).toBe(2)
  for (const p of parts) expect(r.stderr).toMatch(p)
  expect(r.stderr).toMatch(/Perbaikan: /)
}

withDbs('hostile and broken input through the CLI', (db) => {
  const run = (args: string[]) => runCli([...args, '--db', db().url], {cwd: db().dir})
  const file = (name: string, content: string | Buffer) => {
    const p = join(db().dir, name)
    writeFileSync(p, content)
    return p
  }
  const ticket = async (id: string) => {
    return await db().use(async (s) => {
      return await s.knex('tickets').where({ticket_id: id}).first()
    })
  }

  it('refuses structurally broken files with exit 2 naming the file and the fix; nothing loads', async () => {
    expect((await run(['init'])).code).toBe(0)
    refused(await run(['import', 'tickets', file('empty.csv', '')]), /empty\.csv kosong/)
    refused(
      await run(['import', 'tickets', file('semi.csv', 'ticket_id;channel;created_at\nT1;email;2025-02-03\n')]),
      /semi\.csv memisahkan kolom dengan ";"/,
    )
    refused(
      await run([
        'import',
        'tickets',
        file('latin1.csv', Buffer.from(`${HEADER}\nT1,email,2025-02-03T08:00:00,pemda,DAU,Bapak Andr\xe9\n`, 'latin1')),
      ]),
      /latin1\.csv bukan UTF-8: baris 2/,
      /iconv/,
    )
    refused(
      await run([
        'import',
        'tickets',
        file('nul.csv', Buffer.concat([Buffer.from(`${HEADER}\n`), Buffer.from([0]), Buffer.from(`${GOOD}\n`)])),
      ]),
      /nul\.csv memuat byte NUL pada baris 2/,
    )
    refused(await run(['import', 'tickets', join(db().dir, 'nope.csv')]), /nope\.csv tidak ada/)
    refused(await run(['import', 'faq', file('corrupt.xlsx', Buffer.from('PK\x03\x04 this is not a workbook'))]), /corrupt\.xlsx/)
    refused(await run(['import', 'faq', file('faq.csv', 'No,Topik,Pertanyaan,Dasar Hukum\n1,DAU,Kapan?,PMK 1\n')]), /faq\.csv/, /Jawaban/)
    const status = await run(['import', 'tickets', file('ok.csv', `${HEADER}\n${GOOD}\n`), '--json'])
    expect(json(status)).toMatchObject({read: 1, loaded: 1})
    // None of the refused files loaded a row.
    await db().use(async (s) => {
      expect(Number((await s.knex('tickets').count({n: '*'}))[0].n)).toBe(1)
      expect(Number((await s.knex('faq_articles').count({n: '*'}))[0].n)).toBe(0)
    })
  })

  it('loads odd but valid files correctly: header only, BOM and CRLF, quoted newlines and quotes, a 200,000-character cell', async () => {
    expect((await run(['init'])).code).toBe(0)
    const header = await run(['import', 'tickets', file('header.csv', `${HEADER}\n`), '--json'])
    noStack(header)
    expect(json(header)).toMatchObject({read: 0, loaded: 0, rejected: 0})

    const bom = await run([
      'import',
      'tickets',
      file('bom.csv', `\uFEFF${HEADER}\r\nB1,email,2025-02-03T08:00:00,pemda,DAU,baris windows\r\n`),
      '--json',
    ])
    noStack(bom)
    expect(json(bom)).toMatchObject({read: 1, loaded: 1})
    expect((await ticket('B1')).body).toBe('baris windows')

    const tricky = 'Baris satu, "dikutip"\r\nbaris dua\n=1+1'
    const quoted = await run([
      'import',
      'tickets',
      file('quoted.csv', `${HEADER}\nQ1,email,2025-02-03T08:00:00,pemda,DAU,"${tricky.replace(/"/g, '""')}"\n`),
      '--json',
    ])
    noStack(quoted)
    expect(json(quoted)).toMatchObject({read: 1, loaded: 1})
    expect((await ticket('Q1')).body).toBe(tricky)

    const huge = 'x'.repeat(199_990) + 'AKHIR-SEL'
    const big = await run(['import', 'tickets', file('big.csv', `${HEADER}\nH1,email,2025-02-03T08:00:00,pemda,DAU,${huge}\n`), '--json'])
    noStack(big)
    expect(json(big)).toMatchObject({read: 1, loaded: 1})
    expect((await ticket('H1')).body).toBe(huge)
    // The archive keeps it whole in both formats (csv and jsonl are not bound by Excel's cell limit).
    for (const format of ['jsonl', 'csv']) {
      const out = join(db().dir, `archive-${format}`)
      const r = await run(['tickets', 'export', '--out', out, '--format', format, '--json'])
      noStack(r)
      expect(r.code).toBe(0)
      expect(readFileSync(join(out, 'tickets', `2025-02.${format}`), 'utf8')).toContain(huge)
    }
  })

  it('a 200,000-character FAQ answer loads whole; the review workbook truncates it at 32,767 characters and flags it; the package csv/jsonl keep it whole', async () => {
    expect((await run(['init'])).code).toBe(0)
    const answer = 'Jawaban panjang. '.repeat(11_765) + 'AKHIR'
    expect(answer.length).toBeGreaterThan(200_000)
    const faq = file(
      'faq.csv',
      `No,Topik,Pertanyaan,Jawaban,Status\n1,DAU,Kapan DAU disalurkan?,${answer},0\n2,DBH,Apa itu DBH?,Dana bagi hasil.,0\n`,
    )
    const loaded = await run(['import', 'faq', faq, '--json'])
    noStack(loaded)
    expect(json(loaded)).toMatchObject({read: 2, loaded: 2})
    const review = join(db().dir, 'review.xlsx')
    const r = await run(['kms', 'review', '--out', review, '--json'])
    noStack(r)
    expect(r.code).toBe(0)
    expect(json(r).truncated_cells).toBe(1)
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.readFile(review)
    const ws = wb.worksheets[0]
    const headers = (ws.getRow(1).values as string[]).map((v) => String(v ?? ''))
    const col = (name: RegExp) => headers.findIndex((h) => name.test(h))
    const cell = String(ws.getRow(2).getCell(col(/Jawaban/i)).value)
    expect(cell.length).toBeLessThanOrEqual(32_767)
    expect(cell).toMatch(/dipotong/)
    expect(String(ws.getRow(2).getCell(col(/Tanda|Catatan sistem|flag/i)).value)).toMatch(/dipotong/)
    // The SME's decision on the truncated row still applies: the cut is not taken for an edit.
    ws.getRow(2).getCell(col(/Keputusan|decision/i)).value = 'approve'
    ws.getRow(2).getCell(col(/Reviewer|Peninjau/i)).value = 'sme.dau'
    await wb.xlsx.writeFile(review)
    const applied = await run(['kms', 'apply-review', review, '--json'])
    noStack(applied)
    expect(applied.code).toBe(0)
    const out = join(db().dir, 'kms')
    const exported = await run(['kms', 'export', '--out', out, '--json'])
    noStack(exported)
    expect(exported.code).toBe(0)
    expect(readFileSync(join(out, 'articles.jsonl'), 'utf8')).toContain(answer)
    expect(readFileSync(join(out, 'articles.csv'), 'utf8')).toContain(answer)
    const pkg = new ExcelJS.Workbook()
    await pkg.xlsx.readFile(join(out, 'articles.xlsx'))
    const texts = pkg.worksheets[0]
      .getSheetValues()
      .flat()
      .filter((v): v is string => typeof v === 'string')
    const cut = texts.find((t) => t.startsWith('Jawaban panjang'))!
    expect(cut.length).toBeLessThanOrEqual(32_767)
    expect(cut).toMatch(/dipotong/)
  })

  it('rejects bad rows with row, field and fix, and loads the rest: a non-JSON line, dd/mm/yyyy dates, a path for a topic', async () => {
    expect((await run(['init'])).code).toBe(0)
    const jl = file(
      't.jsonl',
      `{"ticket_id":"J1","channel":"email","created_at":"2025-02-03T08:00:00","requester_type":"pemda","topic":"DAU"}\n{ticket_id: J2, oops\n`,
    )
    const r1 = await run(['import', 'tickets', jl, '--json'])
    noStack(r1)
    expect(r1.code).toBe(0)
    const j1 = json(r1)
    expect(j1).toMatchObject({read: 2, loaded: 1, rejected: 1})
    const rej1 = readFileSync(j1.rejects_file, 'utf8')
    expect(rej1).toMatch(/^2,.*\(line\).*bukan JSON yang sah/m)

    const work = join(db().dir, 'deep', 'er')
    mkdirSync(work, {recursive: true})
    const rows = [
      HEADER,
      'D1,email,03/02/2025,pemda,DAU,x',
      'D2,email,2025-02-03T08:00:00,pemda,../../etc/passwd,x',
      'D3,email,2025-02-03T08:00:00,pemda,../../../tmp/pm-evil,x',
      GOOD,
    ]
    const bad = file('bad.csv', rows.join('\n') + '\n')
    const before = tree(db().dir)
    const r2 = await runCli(['import', 'tickets', bad, '--json', '--db', db().url], {cwd: work})
    noStack(r2)
    expect(r2.code).toBe(0)
    const j2 = json(r2)
    expect(j2).toMatchObject({read: 4, loaded: 1, rejected: 3})
    const rej2 = readFileSync(j2.rejects_file, 'utf8')
    expect(rej2).toMatch(/^2,created_at,.*hari\/bulan\/tahun.*ISO 8601/m)
    expect(rej2).toMatch(/^3,topic,.*\.\.\/\.\.\/etc\/passwd"" bukan topik di mappings\/topics\.yaml/m)
    expect(rej2).toMatch(/^4,topic,/m)
    // The topic is never used as a path: the only new files are the rejects file (with the audit head anchored beside it) and the store.
    const added = tree(db().dir).filter((f) => !before.includes(f))
    const expected = /^deep\/er\/migration-out\/rejects\/(tickets-import-\d+\.csv|\.prime-migrate-head\.json)$/
    expect(added.filter((f) => !expected.test(f) && !/^state\.db/.test(f))).toEqual([])
    expect(existsSync('/tmp/pm-evil')).toBe(false)

    const published = await run(['report', 'metrics', '--json'])
    noStack(published)
    expect(published.code).toBe(0)
    expect(JSON.stringify(json(published))).not.toContain('passwd')
  })
})

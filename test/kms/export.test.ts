import {execFileSync} from 'node:child_process'
import {readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {parse} from 'csv-parse/sync'
import ExcelJS from 'exceljs'
import {applyReview} from '../../src/kms/apply-review'
import {exportKms, PACKAGE_FILES} from '../../src/kms/export'
import {writeReviewWorkbook} from '../../src/kms/review-workbook'
import {verifyAudit} from '../../src/audit/verify'
import {Store} from '../../src/store/store'
import {withDbs} from '../helpers/dbs'
import {json, runCli} from '../helpers/cli'
import {insertFaq, openForFilling, SAMPLE} from './helpers'

/** Review the sample as an SME: approve 1, 5, 6, 7; exclude 2 and 4; revise 3; leave 8 undecided. */
async function reviewed(store: Store, dir: string): Promise<void> {
  await insertFaq(store, SAMPLE)
  const file = join(dir, 'review.xlsx')
  await writeReviewWorkbook(store, file)
  const f = await openForFilling(file)
  for (const no of ['1', '5', '6', '7']) f.set(no, 'decision', 'approve')
  f.set('7', 'category_override', 'Informasi Umum')
  f.set('2', 'decision', 'exclude')
  f.set('2', 'comment', 'kedaluwarsa')
  f.set('4', 'decision', 'exclude')
  f.set('3', 'decision', 'revise')
  for (const no of ['1', '2', '3', '4', '5', '6', '7']) f.set(no, 'reviewer', 'Pak Budi')
  await f.wb.xlsx.writeFile(file)
  const r = await applyReview(store, file)
  expect(r.rejected).toBe(0)
}

withDbs('kms export', (db) => {
  it('writes approved articles only, with a manifest of what was left out and why, and SHA256SUMS that sha256sum accepts', async () => {
    await db().use(async (store) => {
      await reviewed(store, db().dir)
      const out = join(db().dir, 'pkg')
      const r = await exportKms(store, {out})
      // Beside the package, the audit-log head that recorded it (the anchor `audit verify` checks).
      expect(readdirSync(out).sort()).toEqual([...PACKAGE_FILES, '.prime-migrate-head.json'].sort())
      expect(r.totals).toMatchObject({articles: 8, exported: 4, approve: 4, exclude: 2, revise: 1, undecided: 1, pending: 2})

      const lines = readFileSync(join(out, 'articles.jsonl'), 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l))
      expect(lines.map((a) => a.id)).toEqual(['DJPK-FAQ-0001', 'DJPK-FAQ-0005', 'DJPK-FAQ-0006', 'DJPK-FAQ-0007'])
      expect(lines[0]).toMatchObject({
        no: '1',
        source: 'faq.xlsx',
        source_row: 2,
        topic: 'DAU',
        category_path: 'Transfer ke Daerah/Dana Alokasi Umum',
        legal_basis: 'PMK 110/2024',
        reviewer: 'Pak Budi',
        content_hash: expect.stringMatching(/^[0-9a-f]{64}$/),
      })
      // Whitespace normalised, words untouched.
      expect(lines[0].answer).toBe('DAU disalurkan setiap bulan.\n\nLihat PMK.')
      expect(lines[3].category_path).toBe('Informasi Umum')

      const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'))
      expect(manifest.tool).toEqual({name: 'prime-migrate', version: expect.any(String)})
      expect(manifest.files.map((f: any) => f.path)).toEqual(['articles.jsonl', 'articles.csv', 'articles.xlsx', 'categories.json'])
      expect(manifest.files[0]).toMatchObject({rows: 4, bytes: readFileSync(join(out, 'articles.jsonl')).length})
      expect(manifest.excluded.map((e: any) => [e.id, e.reason])).toEqual([
        ['DJPK-FAQ-0002', expect.stringMatching(/Pak Budi.*kedaluwarsa/)],
        ['DJPK-FAQ-0004', expect.stringMatching(/dikeluarkan/)],
      ])
      expect(manifest.revise).toEqual([expect.objectContaining({id: 'DJPK-FAQ-0003', state: 'revise'})])
      expect(manifest.pending).toEqual([expect.objectContaining({id: 'DJPK-FAQ-0008', reason: 'belum ada keputusan SME'})])
      expect(manifest.unmapped_topics).toEqual([{topic: 'Spam', articles: 1, reason: expect.stringMatching(/bukan pengetahuan/)}])

      const tree = JSON.parse(readFileSync(join(out, 'categories.json'), 'utf8')).categories
      const tkd = tree.find((n: any) => n.name === 'Transfer ke Daerah')
      expect(tkd.total_articles).toBe(1)
      expect(tkd.children.find((c: any) => c.name === 'Dana Alokasi Umum')).toMatchObject({
        path: 'Transfer ke Daerah/Dana Alokasi Umum',
        articles: 1,
        topics: ['DAU'],
      })

      expect(execFileSync('sha256sum', ['-c', 'SHA256SUMS'], {cwd: out, encoding: 'utf8'})).toMatch(
        /articles\.csv: OK[\s\S]*manifest\.json: OK/,
      )
      expect((await verifyAudit(store.knex)).ok).toBe(true)
    })
  })

  it('is deterministic: the same store exports the same bytes, but for generated_at', async () => {
    await db().use(async (store) => {
      await reviewed(store, db().dir)
      await exportKms(store, {out: join(db().dir, 'a')})
      await new Promise((r) => setTimeout(r, 1100))
      await exportKms(store, {out: join(db().dir, 'b')})
      for (const f of ['articles.jsonl', 'articles.csv', 'articles.xlsx', 'categories.json']) {
        expect(readFileSync(join(db().dir, 'b', f)).equals(readFileSync(join(db().dir, 'a', f)))).toBe(true)
      }
      const strip = (d: string) => ({...JSON.parse(readFileSync(join(db().dir, d, 'manifest.json'), 'utf8')), generated_at: null})
      expect(strip('b')).toEqual(strip('a'))
    })
  })

  it('never turns FAQ text starting with = + - @ into a formula: string cells in every xlsx, neutralised in csv, verbatim in jsonl', async () => {
    await db().use(async (store) => {
      await reviewed(store, db().dir)
      const out = join(db().dir, 'pkg')
      await exportKms(store, {out})
      for (const file of [join(db().dir, 'review.xlsx'), join(out, 'articles.xlsx')]) {
        const wb = new ExcelJS.Workbook()
        await wb.xlsx.readFile(file)
        const texts: string[] = []
        wb.eachSheet((ws) =>
          ws.eachRow((row) =>
            row.eachCell((cell) => {
              expect(cell.formula).toBeFalsy()
              expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)
              if (typeof cell.value === 'string' && /^[=+\-@]/.test(cell.value)) {
                expect(cell.type).toBe(ExcelJS.ValueType.String)
                texts.push(cell.value)
              }
            }),
          ),
        )
        expect(texts).toEqual(
          expect.arrayContaining(['=HYPERLINK("http://evil.example","klik")', '+62 811 150420 7', '@SUM(A1:A2)', '=1+1']),
        )
      }
      const csv: string[][] = parse(readFileSync(join(out, 'articles.csv')), {relax_column_count: false})
      const header = csv[0]
      const row5 = csv.find((r) => r[0] === 'DJPK-FAQ-0005')!
      expect(row5[header.indexOf('question')]).toBe(`'=HYPERLINK("http://evil.example","klik")`)
      expect(row5[header.indexOf('answer')]).toBe(`'+62 811 150420 7`)
      expect(row5[header.indexOf('legal_basis')]).toBe(`'-`)
      const row6 = csv.find((r) => r[0] === 'DJPK-FAQ-0006')!
      expect(row6[header.indexOf('question')]).toBe(`'@SUM(A1:A2)`)
      for (const r of csv.slice(1)) for (const cell of r) expect(cell).not.toMatch(/^[=+\-@\t\r]/)
      const jsonl = readFileSync(join(out, 'articles.jsonl'), 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l))
      expect(jsonl.find((a) => a.id === 'DJPK-FAQ-0006')).toMatchObject({question: '@SUM(A1:A2)', answer: '=1+1'})
    })
  })

  it('`kms export` refuses to overwrite without --force; `audit verify` passes, then exits 4 after one byte of an exported file changes', async () => {
    await db().use(async (store) => {
      await reviewed(store, db().dir)
    })
    const out = join(db().dir, 'pkg')
    const first = await runCli(['kms', 'export', '--out', out, '--db', db().url, '--json'])
    expect(first.code).toBe(0)
    expect(json(first).totals.exported).toBe(4)
    const again = await runCli(['kms', 'export', '--out', out, '--db', db().url])
    expect(again.code).toBe(2)
    expect(again.stderr).toMatch(/sudah berisi paket KMS[\s\S]*--force/)
    expect((await runCli(['kms', 'export', '--out', out, '--db', db().url, '--force'])).code).toBe(0)
    expect((await runCli(['audit', 'verify', '--db', db().url])).code).toBe(0)

    const csv = join(out, 'articles.csv')
    const original = readFileSync(csv)
    const bytes = Buffer.from(original)
    bytes[bytes.length - 3] ^= 1
    writeFileSync(csv, bytes)
    const broken = await runCli(['audit', 'verify', '--db', db().url, '--json'])
    expect(broken.code).toBe(4)
    expect(json(broken).error.message).toMatch(/articles\.csv/)
    writeFileSync(csv, original)
    expect((await runCli(['audit', 'verify', '--db', db().url])).code).toBe(0)
  })
})

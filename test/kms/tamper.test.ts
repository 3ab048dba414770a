import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import JSZip from 'jszip'
import {setLang} from '../../src/i18n'
import {applyReview} from '../../src/kms/apply-review'
import {ARTICLE_COLUMNS, ReviewColumn} from '../../src/kms/review-layout'
import {writeReviewWorkbook} from '../../src/kms/review-workbook'
import {reviewStates} from '../../src/kms/state'
import {Store} from '../../src/store/store'
import {sha256, stableHash} from '../../src/util/hash'
import {json, runCli} from '../helpers/cli'
import {withDbs} from '../helpers/dbs'
import {insertFaq, openForFilling, sampleReview, SAMPLE} from './helpers'

/** The formula of issue 19: it shows "approve" today and means "exclude" after the cutover. */
const TIME_BOMB = {formula: 'IF(TODAY()>DATE(2025,7,1),"exclude","approve")', result: 'approve'}

async function decisions(store: Store): Promise<Record<string, string>> {
  return Object.fromEntries((await reviewStates(store.knex)).map((s) => [s.article.no, s.state]))
}

/** Every text inside an xlsx (all its zip entries), to look for what must never be written there. */
async function xlsxTexts(file: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(file))
  const parts = await Promise.all(Object.values(zip.files).map((f) => (f.dir ? '' : f.async('string'))))
  return parts.join('\n')
}

withDbs('review workbooks that cannot be fooled', (db) => {
  it('a formula in a cell the SME fills rejects that row ("ketik nilainya"); other rows apply and counts balance', async () => {
    await db().use(async (store) => {
      const f = await sampleReview(store, db().dir)
      const file = f.file
      f.set('1', 'decision', TIME_BOMB)
      f.set('2', 'decision', 'exclude')
      f.set('2', 'comment', {formula: 'A1&"x"', result: 'catatan'} as any)
      f.set('3', 'decision', 'revisi')
      f.set('3', 'category_override', {formula: 'Petunjuk!A20', result: 'Transfer ke Daerah'} as any)
      f.set('7', 'decision', 'setujui')
      f.set('8', 'reviewer', {formula: 'CONCAT("Bu ","Sari")', result: 'Bu Sari'} as any) // no decision, but filled by a formula
      await f.wb.xlsx.writeFile(file)

      const r = await applyReview(store, file)
      expect(r).toMatchObject({applied: 1, rejected: 4, tampered: 0, unchanged: 0})
      expect(r.applied + r.unchanged + r.rejected + r.skipped).toBe(SAMPLE.length)
      const byNo = Object.fromEntries(r.rows.map((row) => [row.no, row]))
      expect(byNo['1'].reasons).toEqual([expect.stringMatching(/^kolom keputusan berisi rumus, yang tidak dibaca: ketik nilainya/)])
      expect(byNo['2'].reasons.join()).toMatch(/kolom komentar berisi rumus.*ketik nilainya/)
      expect(byNo['3'].reasons.join()).toMatch(/kolom kategori_pengganti berisi rumus/)
      expect(byNo['8'].reasons.join()).toMatch(/kolom peninjau berisi rumus/)
      expect(byNo['7']).toMatchObject({status: 'applied', decision: 'approve'})
      // The cached "approve" was never taken for a decision.
      expect(await decisions(store)).toMatchObject({'1': 'undecided', '2': 'undecided', '3': 'undecided', '7': 'approve'})
      const audit = JSON.parse((await store.knex('audit_log').where({action: 'kms.review_applied'}).first()).details)
      expect(audit).toMatchObject({applied: 1, rejected: 4, tampered: 0})
    })
  })

  it('a locked cell edited with its plain SHA-256 recomputed is tampering, named by row and column; the secret is never written out', async () => {
    await db().use(async (store) => {
      const f = await sampleReview(store, db().dir)
      const file = f.file
      const cells = (no: string) =>
        Object.fromEntries(ARTICLE_COLUMNS.map((k) => [k, String(f.get(no, k as ReviewColumn) ?? '')])) as Record<string, string>
      // Row of No 7 (sheet row 8): the answer rewritten and every unkeyed hash a person could compute put back.
      f.set('7', 'answer', 'Jawaban palsu.')
      f.set('7', 'decision', 'approve')
      f.set('7', 'cells_hash', stableHash(ARTICLE_COLUMNS.map((k) => cells('7')[k])))
      // No 8: the hidden content hash rewritten, with a plain SHA-256 of keys and values as the cells hash.
      f.set('8', 'content_hash', sha256('anything'))
      f.set('8', 'cells_hash', stableHash({...cells('8'), content_hash: sha256('anything')}))
      f.set('8', 'decision', 'approve')
      // No 1: a locked cell holding a formula whose cached value is what was written.
      f.set('1', 'question', {formula: '"Kapan DAU disalurkan?"', result: String(f.get('1', 'question'))} as any)
      f.set('2', 'decision', 'exclude')
      // No 6: its locked id rewritten to one no article has.
      f.set('6', 'id', 'DJPK-FAQ-0666')
      await f.wb.xlsx.writeFile(file)

      const r = await applyReview(store, file)
      expect(r).toMatchObject({applied: 1, rejected: 4, tampered: 4})
      expect(r.rows.find((x) => x.row === 7)).toMatchObject({id: 'DJPK-FAQ-0666', tampered: ['id']})
      const byNo = Object.fromEntries(r.rows.map((row) => [row.no, row]))
      expect(byNo['7']).toMatchObject({
        tampered: ['answer'],
        reasons: [expect.stringMatching(/^baris 8: sel terkunci kolom Jawaban diubah/)],
      })
      expect(byNo['8']).toMatchObject({tampered: ['content_hash'], reasons: [expect.stringMatching(/^baris 9: .*kolom hash_isi/)]})
      expect(byNo['1']).toMatchObject({tampered: ['question'], reasons: [expect.stringMatching(/^baris 2: .*kolom Pertanyaan/)]})
      expect(await decisions(store)).toMatchObject({'7': 'undecided', '8': 'undecided', '2': 'exclude'})

      const secret = (await store.knex('meta').where({key: 'workbook_hmac_secret'}).first()).value as string
      expect(secret).toMatch(/^[0-9a-f]{64}$/)
      expect(await xlsxTexts(file)).not.toContain(secret)
      const log = (await store.knex('audit_log').select('details')).map((x) => x.details).join('\n')
      expect(log).not.toContain(secret)
      expect(log).toContain('"workbook_secret":"created"')
    })
  })

  it('kms apply-review exits 4 on tampering and 2 on a formula, in the run language', async () => {
    const {url, dir} = db()
    const cli = (args: string[]) => runCli([...args, '--db', url], {cwd: dir})
    expect((await cli(['init'])).code).toBe(0)
    await db().use(async (store) => {
      await insertFaq(store, SAMPLE)
    })
    const file = join(dir, 'review.xlsx')
    expect((await cli(['kms', 'review', '--out', file])).code).toBe(0)
    const f = await openForFilling(file)
    f.set('1', 'decision', TIME_BOMB)
    f.set('2', 'decision', 'exclude')
    await f.wb.xlsx.writeFile(join(dir, 'formula.xlsx'))
    const formula = await cli(['kms', 'apply-review', join(dir, 'formula.xlsx'), '--lang', 'en'])
    expect(formula.code).toBe(2)
    expect(formula.stdout).toMatch(/decision holds a formula, which is not read: type the value/)
    expect(formula.stdout).not.toMatch(/rumus|ketik/)

    f.set('7', 'legal_basis', 'UU 1/2022')
    f.set('7', 'cells_hash', sha256('UU 1/2022'))
    await f.wb.xlsx.writeFile(join(dir, 'tampered.xlsx'))
    const tampered = await cli(['kms', 'apply-review', join(dir, 'tampered.xlsx'), '--json'])
    expect(tampered.code).toBe(4)
    expect(json(tampered)).toMatchObject({
      tampered: 1,
      rows: expect.arrayContaining([expect.objectContaining({no: '7', tampered: ['legal_basis']})]),
    })
    const human = await cli(['kms', 'apply-review', join(dir, 'tampered.xlsx')])
    expect(human.code).toBe(4)
    expect(human.stdout.replace(/\s+/g, ' ')).toMatch(/baris 8: sel terkunci kolom Dasar Hukum diubah/)
  })

  it('reads back by column keys: labels reworded, and written in one language, read in the other', async () => {
    await db().use(async (store) => {
      await insertFaq(store, SAMPLE)
      // Written in English, filled with English words and Indonesian ones, read back under Indonesian.
      const en = join(db().dir, 'review-en.xlsx')
      await writeReviewWorkbook(store, en, {lang: 'en'})
      const f = await openForFilling(en)
      expect(f.ws.name).toBe('Review')
      expect(f.ws.getRow(1).getCell(6).value).toBe('Question')
      expect(String(f.get('2', 'status'))).toBe('1 — not yet reviewed by the technical team')
      expect(f.rowOf('1').getCell(12).dataValidation).toMatchObject({formulae: ['"approve,revise,exclude"']})
      f.set('1', 'decision', 'approve')
      f.set('2', 'decision', 'keluarkan')
      f.set('3', 'decision', 'Revise')
      // Reworded labels change nothing.
      f.ws.getRow(1).getCell(6).value = 'The question, as asked'
      f.ws.getRow(1).getCell(12).value = 'Your decision'
      await f.wb.xlsx.writeFile(en)
      const r = await applyReview(store, en)
      expect(r).toMatchObject({applied: 3, rejected: 0, tampered: 0})
      expect(await decisions(store)).toMatchObject({'1': 'approve', '2': 'exclude', '3': 'revise'})

      // Written in Indonesian (decisions shown in its words), read back under English.
      const id = join(db().dir, 'review-id.xlsx')
      await writeReviewWorkbook(store, id, {lang: 'id'})
      const g = await openForFilling(id)
      expect(g.ws.name).toBe('Reviu')
      expect(g.get('2', 'decision')).toBe('keluarkan')
      expect(g.get('3', 'decision')).toBe('revisi')
      g.set('3', 'decision', 'setujui')
      g.set('4', 'decision', 'mungkin')
      await g.wb.xlsx.writeFile(id)
      setLang('en')
      try {
        const s = await applyReview(store, id)
        expect(s).toMatchObject({applied: 1, unchanged: 2, rejected: 1, tampered: 0})
        expect(s.rows.find((x) => x.no === '4')!.reasons).toEqual(['decision "mungkin" is not valid: choose approve, revise or exclude'])
      } finally {
        setLang('id')
      }
      expect(await decisions(store)).toMatchObject({'3': 'approve'})
    })
  })
})

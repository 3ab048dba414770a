import {join} from 'node:path'
import ExcelJS from 'exceljs'
import {applyReview} from '../../src/kms/apply-review'
import {writeReviewWorkbook} from '../../src/kms/review-workbook'
import {reviewStates, summarise} from '../../src/kms/state'
import {withDbs} from '../helpers/dbs'
import {changeAnswer, insertFaq, openForFilling, reviewSheet, sampleReview, SAMPLE} from './helpers'

withDbs('kms review workbook', (db) => {
  it('writes one row per article with flags, hidden hashes, locked cells and drop-downs, and records it', async () => {
    await db().use(async (store) => {
      await insertFaq(store, SAMPLE)
      const file = join(db().dir, 'review.xlsx')
      const r = await writeReviewWorkbook(store, file)
      expect(r).toMatchObject({articles: 8, unmapped_topics: [{topic: 'Spam', articles: 1}]})

      const wb = new ExcelJS.Workbook()
      await wb.xlsx.readFile(file)
      const {ws, col: columnNumber} = reviewSheet(wb)
      expect(wb.worksheets.map((w) => w.name).slice(0, 2)).toEqual(['Reviu', 'Petunjuk'])
      expect(ws.rowCount).toBe(9)
      const row = (no: number) => ws.getRow(no + 1)
      const flags = (no: number) => String(row(no).getCell(columnNumber('flags')).value ?? '')
      expect(row(1).getCell(columnNumber('id')).value).toBe('DJPK-FAQ-0001')
      expect(row(1).getCell(columnNumber('proposed_category')).value).toBe('Transfer ke Daerah/Dana Alokasi Umum')
      expect(flags(1)).toMatch(/duplikat pertanyaan No 3/)
      expect(flags(2)).toMatch(/belum direviu tim teknis/)
      expect(flags(3)).toMatch(/ada catatan perbaikan.*duplikat pertanyaan No 1/)
      expect(flags(4)).toMatch(/topik tanpa kategori KMS/)
      expect(flags(7)).toBe('')
      // Editable columns are unlocked, everything else locked under sheet protection.
      expect(row(1).getCell(columnNumber('decision')).protection).toMatchObject({locked: false})
      expect(row(1).getCell(columnNumber('answer')).protection?.locked).not.toBe(false)
      expect((ws as any).sheetProtection?.sheet).toBe(true)
      expect(row(1).getCell(columnNumber('decision')).dataValidation).toMatchObject({
        type: 'list',
        formulae: ['"setujui,revisi,keluarkan"'],
      })
      expect(row(1).getCell(columnNumber('category_override')).dataValidation?.formulae?.[0]).toMatch(/Petunjuk/)
      expect(ws.getColumn(columnNumber('content_hash')).hidden).toBe(true)
      expect(row(1).getCell(columnNumber('content_hash')).value).toMatch(/^[0-9a-f]{64}$/)
      const guide = wb.getWorksheet('Petunjuk')!
      const guideText: string[] = []
      guide.eachRow((r) => r.eachCell((c) => guideText.push(String(c.value))))
      expect(guideText).toEqual(
        expect.arrayContaining(['Transfer ke Daerah/Dana Alokasi Umum', 'Transfer ke Daerah', 'Spam', r.workbook_id]),
      )

      const artifact = await store.knex('artifacts').where({kind: 'kms.review_workbook'}).first()
      expect(artifact.sha256).toBe(r.sha256)
      expect(await store.knex('audit_log').where({action: 'kms.review_workbook'}).count({n: '*'})).toEqual([{n: 1}])
    })
  })

  it('applies the valid rows of a workbook filled as an SME would and rejects the rest with reasons', async () => {
    await db().use(async (store) => {
      const f = await sampleReview(store, db().dir)
      f.set('1', 'decision', 'approve')
      f.set('1', 'reviewer', 'Bu Sari')
      f.set('2', 'decision', 'exclude')
      f.set('2', 'reviewer', 'Bu Sari')
      f.set('2', 'comment', 'sudah tidak berlaku')
      f.set('3', 'decision', 'revise')
      f.set('3', 'comment', 'jawaban harus menjelaskan tahap penyaluran')
      f.set('4', 'decision', 'setuju') // invalid decision
      f.set('5', 'decision', 'Approve ') // case and spaces forgiven
      f.set('5', 'category_override', 'Transfer ke Daerah/Dana Bagi Hasil')
      f.set('6', 'decision', 'approve')
      f.set('6', 'answer', 'Jawaban diganti oleh SME') // a locked cell changed
      f.set('7', 'decision', 'approve')
      f.set('7', 'category_override', 'Kategori Karangan') // unknown category
      f.addRow({id: 'DJPK-FAQ-0999', decision: 'approve'}) // unknown id
      const filled = join(db().dir, 'filled.xlsx')
      await f.wb.xlsx.writeFile(filled)

      const r = await applyReview(store, filled)
      expect(r).toMatchObject({applied: 4, rejected: 4, tampered: 1, skipped: 1, unchanged: 0})
      const byId = Object.fromEntries(r.rows.map((row) => [row.id, row]))
      expect(byId['DJPK-FAQ-0001']).toMatchObject({status: 'applied', decision: 'approve', reviewer: 'Bu Sari'})
      expect(byId['DJPK-FAQ-0003']).toMatchObject({status: 'applied', decision: 'revise', reviewer: 'sme-coordinator'})
      expect(byId['DJPK-FAQ-0005']).toMatchObject({
        status: 'applied',
        decision: 'approve',
        category_override: 'Transfer ke Daerah/Dana Bagi Hasil',
      })
      expect(byId['DJPK-FAQ-0004'].reasons.join()).toMatch(/keputusan "setuju" tidak valid: pilih setujui, revisi atau keluarkan/)
      expect(byId['DJPK-FAQ-0006']).toMatchObject({
        tampered: ['answer'],
        reasons: [expect.stringMatching(/^baris 7: sel terkunci kolom Jawaban diubah/)],
      })
      expect(byId['DJPK-FAQ-0007'].reasons.join()).toMatch(/kategori_pengganti "Kategori Karangan" bukan kategori KMS yang dikenal/)
      expect(byId['DJPK-FAQ-0999'].reasons.join()).toMatch(/ID Artikel "DJPK-FAQ-0999" tidak dikenal/)
      expect(byId['DJPK-FAQ-0999'].row).toBe(10)
      expect(byId['DJPK-FAQ-0008'].status).toBe('skipped')

      const states = Object.fromEntries((await reviewStates(store.knex)).map((s) => [s.article.no, s]))
      expect(states['5'].category).toBe('Transfer ke Daerah/Dana Bagi Hasil')
      expect(summarise(Object.values(states))).toMatchObject({approve: 2, exclude: 1, revise: 1, undecided: 4, pending: 5})
      const audit = await store.knex('audit_log').where({action: 'kms.review_applied'}).first()
      expect(audit.actor).toBe('sme-coordinator')
      expect(JSON.parse(audit.details)).toMatchObject({applied: 4, rejected: 4})

      // Applying the same workbook again changes nothing.
      const again = await applyReview(store, filled)
      expect(again).toMatchObject({applied: 0, unchanged: 4, rejected: 4})

      // A second round's workbook shows the decisions already made; approving the revised one closes it.
      const round2 = join(db().dir, 'round2.xlsx')
      await writeReviewWorkbook(store, round2)
      const g = await openForFilling(round2)
      expect(g.get('2', 'decision')).toBe('keluarkan')
      expect(g.get('5', 'category_override')).toBe('Transfer ke Daerah/Dana Bagi Hasil')
      g.set('3', 'decision', 'approve')
      await g.wb.xlsx.writeFile(round2)
      expect(await applyReview(store, round2)).toMatchObject({applied: 1, unchanged: 3, rejected: 0})
    }, 'sme-coordinator')
  })

  it('rejects as stale a row whose article changed after the workbook was made', async () => {
    await db().use(async (store) => {
      const f = await sampleReview(store, db().dir)
      const file = f.file
      f.set('1', 'decision', 'approve')
      f.set('7', 'decision', 'approve')
      await f.wb.xlsx.writeFile(file)
      await changeAnswer(store, '7', 'Transfer ke Daerah (TKD) adalah dana APBN untuk daerah.')
      const r = await applyReview(store, file)
      expect(r).toMatchObject({applied: 1, rejected: 1})
      expect(r.rows.find((row) => row.id === 'DJPK-FAQ-0007')!.reasons.join()).toMatch(/artikel No 7 berubah setelah buku kerja ini dibuat/)
    })
  })

  it('voids an approval when the article changes afterwards, and a correction note changed in the store is not an SME edit', async () => {
    await db().use(async (store) => {
      const f = await sampleReview(store, db().dir)
      const file = f.file
      f.set('7', 'decision', 'approve')
      f.set('8', 'decision', 'approve')
      await f.wb.xlsx.writeFile(file)
      await store.knex('faq_articles').where({no: '8'}).update({correction: 'dicek tim teknis'})
      expect((await applyReview(store, file)).applied).toBe(2)
      await changeAnswer(store, '7', 'Jawaban baru.')
      const s7 = (await reviewStates(store.knex)).find((s) => s.article.no === '7')!
      expect(s7.state).toBe('stale')
    })
  })

  it('refuses a workbook this store did not make', async () => {
    await db().use(async (store) => {
      await insertFaq(store, SAMPLE)
      const file = join(db().dir, 'review.xlsx')
      await writeReviewWorkbook(store, file)
      await store.knex('kms_review_workbooks').delete()
      await expect(applyReview(store, file)).rejects.toThrow(/tidak dibuat oleh state store ini/)
    })
  })
})

import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import ExcelJS from 'exceljs'
import {setStepStatus} from '../../src/plan/repository'
import {withDbs} from '../helpers/dbs'
import {json, runCli} from '../helpers/cli'
import {openForFilling} from './helpers'

/** A FAQ workbook as DJPK keeps it (CONTRACT §3.1), one answer starting with "=". */
async function writeFaqWorkbook(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('FAQ')
  ws.addRow(['No', 'Topik', 'Sub Topik', 'Pertanyaan', 'Jawaban', 'Dasar Hukum', 'Perbaikan', 'Status', 'Tanggal Update', 'Kontributor'])
  ws.addRow([1, 'DAU', 'Penyaluran', 'Kapan DAU disalurkan?', 'Setiap bulan.', 'PMK 110/2024', null, 0, '2025-02-01', 'Agen A'])
  ws.addRow([2, 'DBH', null, 'Apa itu DBH?', '=Dana yang dibagihasilkan', null, 'perjelas', 1, '2025-02-03', 'Agen B'])
  ws.addRow([3, 'Spam', null, 'Promo', 'Abaikan.', null, null, 0, null, null])
  await wb.xlsx.writeFile(file)
}

withDbs('kms commands', (db) => {
  it('import faq → kms review → apply-review (exit 2 with reasons, then 0) → run kms (gate exit 3, then export)', async () => {
    const dir = db().dir
    const base = ['--db', db().url]
    const faq = join(dir, 'faq.xlsx')
    await writeFaqWorkbook(faq)
    writeFileSync(
      join(dir, 'roster.csv'),
      'agent_id,name,email,level,unit,kms_contributor,sme\nA1,Agen A,a@example.go.id,L1,CC,true,\nA2,Agen B,b@example.go.id,L1,CC,false,\n',
    )
    expect((await runCli(['init', ...base])).code).toBe(0)
    expect(json(await runCli(['import', 'faq', faq, ...base, '--json']))).toMatchObject({loaded: 3, rejected: 0})
    expect((await runCli(['import', 'roster', join(dir, 'roster.csv'), ...base, '--json'])).code).toBe(0)

    const review = join(dir, 'review.xlsx')
    const made = await runCli(['kms', 'review', '--out', review, ...base, '--json'])
    expect(made.code).toBe(0)
    expect(json(made)).toMatchObject({articles: 3, unmapped_topics: [{topic: 'Spam', articles: 1}]})

    const twice = await runCli(['kms', 'review', '--out', review, ...base])
    expect(twice.code).toBe(2)
    expect(twice.stderr).toMatch(/sudah ada[\s\S]*--force/)

    const f = await openForFilling(review)
    f.set('1', 'decision', 'approve')
    f.set('2', 'decision', 'revise')
    f.set('3', 'decision', 'hapus')
    await f.wb.xlsx.writeFile(review)
    const partial = await runCli(['kms', 'apply-review', review, ...base, '--json', '--actor', 'koordinator-sme'])
    expect(partial.code).toBe(2)
    expect(json(partial)).toMatchObject({
      applied: 2,
      rejected: 1,
      rows: expect.arrayContaining([
        expect.objectContaining({
          id: 'DJPK-FAQ-0003',
          status: 'rejected',
          reasons: [expect.stringMatching(/keputusan "hapus" tidak valid/)],
        }),
      ]),
    })
    const human = await runCli(['kms', 'apply-review', review, ...base])
    expect(human.code).toBe(2)
    expect(human.stdout).toMatch(/1 baris ditolak[\s\S]*DJPK-FAQ-0003/)

    // The plan's kms stage stops at the SME gate with the pending counts and the command that clears it.
    await db().use(async (store) => {
      await setStepStatus(store, 'prepare.mappings', 'done', 'test')
      await setStepStatus(store, 'prepare.sources', 'done', 'test')
    })
    const out = join(dir, 'out')
    const gated = await runCli(['run', 'kms', '--out', out, ...base, '--json'])
    expect(gated.code).toBe(3)
    const err = json(gated).error
    expect(err.message).toMatch(/kms\.sme_review.*2 dari 3 artikel belum final/)
    expect(err.fix).toMatch(/prime-migrate kms apply-review .*review\.xlsx/)
    expect(existsSync(join(out, 'kms', 'review.xlsx'))).toBe(true)

    const f2 = await openForFilling(join(out, 'kms', 'review.xlsx'))
    f2.set('2', 'decision', 'approve')
    f2.set('3', 'decision', 'exclude')
    await f2.wb.xlsx.writeFile(join(out, 'kms', 'review.xlsx'))
    const applied = await runCli(['kms', 'apply-review', join(out, 'kms', 'review.xlsx'), ...base, '--json'])
    expect(applied.code).toBe(0)
    expect(json(applied)).toMatchObject({applied: 2, unchanged: 1, rejected: 0, skipped: 0})

    const done = await runCli(['run', 'kms', ...base, '--json'])
    expect(done.code).toBe(0)
    const lines = readFileSync(join(out, 'kms', 'articles.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l))
    expect(lines[0]).toMatchObject({source: 'faq.xlsx', source_row: 2, sub_topic: 'Penyaluran'})
    expect(lines.map((a) => [a.id, a.answer])).toEqual([
      ['DJPK-FAQ-0001', 'Setiap bulan.'],
      ['DJPK-FAQ-0002', '=Dana yang dibagihasilkan'],
    ])
    expect(readFileSync(join(out, 'kms', 'articles.csv'), 'utf8')).toMatch(/'=Dana yang dibagihasilkan/)
    // The SME filled the recorded workbook in place; its new content is recorded, so verification holds.
    expect((await runCli(['audit', 'verify', ...base])).code).toBe(0)
    await db().use(async (audit) => {
      const contributors = await audit.knex('audit_log').where({action: 'kms.contributors'}).first()
      expect(JSON.parse(contributors.details)).toMatchObject({count: 1, agents: [{agent_id: 'A1'}]})
      expect(await audit.knex('audit_log').where({action: 'kms.review_applied', actor: 'koordinator-sme'}).count({n: '*'})).toEqual([
        {n: 1},
      ])
    })
  })
})

import {join} from 'node:path'
import {readFileSync} from 'node:fs'
import {fixturesDir} from '../../src/demo/demo'
import {DEMO_GATE_ANSWERS} from '../../src/demo/gate-answers'
import {contributorsStep, exportStep, reviewWorkbookStep, smeReviewGate} from '../../src/kms/steps'
import {readDecisionsCsv} from '../../src/kms/fill'
import {importRegisterFile} from '../../src/sources/import-file'
import {withDbs} from '../helpers/dbs'

withDbs('kms demo answers', (db) => {
  it('fills the review workbook from fixtures/kms/sme-decisions.csv round by round and clears the SME gate', async () => {
    await db().use(async (store) => {
      const fixtures = fixturesDir()
      const loaded = await importRegisterFile(store, 'faq', join(fixtures, 'faq.xlsx'), {rejectsFile: join(db().dir, 'rejects.csv')})
      expect(loaded.loaded).toBe(64)
      const ctx = {store, outDir: db().dir, yes: true, progress: () => {}}
      expect(await contributorsStep.run!(ctx)).toMatch(/roster/)
      await reviewWorkbookStep.run!(ctx)
      const before = await smeReviewGate.check!(ctx)
      expect(before).toMatchObject({cleared: false, details: {articles: 64, pending: 64}})
      expect(before.clear).toMatch(/prime-migrate kms apply-review .*review\.xlsx/)

      const rounds = await readDecisionsCsv(join(fixtures, 'kms', 'sme-decisions.csv'))
      expect(rounds[0].map((d) => Number(d.no)).sort((a, b) => a - b)).toEqual(Array.from({length: 64}, (_, i) => i + 1))
      expect(rounds[0].some((d) => d.decision === 'revise')).toBe(true)
      expect(await DEMO_GATE_ANSWERS['kms.sme_review'](ctx, before, fixtures)).toBe(true)
      const after = await smeReviewGate.check!(ctx)
      expect(after).toMatchObject({cleared: true, details: {pending: 0}})
      const applied = await store.knex('audit_log').where({action: 'kms.review_applied'}).select('details')
      expect(applied.map((a: any) => JSON.parse(a.details).rejected)).toEqual(rounds.map(() => 0))

      await exportStep.run!(ctx)
      const manifest = JSON.parse(readFileSync(join(db().dir, 'kms', 'manifest.json'), 'utf8'))
      expect(manifest.totals.exported + manifest.totals.exclude).toBe(64)
      expect(manifest.excluded.length).toBeGreaterThan(0)
    }, 'demo')
  })
})

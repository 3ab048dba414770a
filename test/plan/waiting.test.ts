import {join} from 'node:path'
import {json, ROOT, runCli} from '../helpers/cli'
import {withDbs} from '../helpers/dbs'

/** What exit 1, 2 and 4 look like; waiting on a person shows none of it. */
const FAILURE = /✖|FAILED|Galat:/

withDbs('waiting is not failure', (db) => {
  it('a gate ends run with exit 3 shown as waiting, after listing the paths the run wrote', async () => {
    const {url, dir} = db()
    const cli = (args: string[]) => runCli([...args, '--db', url], {cwd: dir})
    expect((await cli(['init'])).code).toBe(0)
    const first = await cli(['run'])
    expect(first.code).toBe(3)
    expect(first.stdout + first.stderr).not.toMatch(FAILURE)
    expect(first.stderr).toMatch(/^⏸ Menunggu: prepare\.sources: .*menunggu Tim Contact Center DJPK: muat register FAQ, tiket, roster/)
    expect(first.stderr).toMatch(/\nUntuk melanjutkan: prime-migrate import faq FILE\.xlsx/)
    expect(first.stdout).toContain('⏸ prepare.sources')
    expect(first.stdout).toContain('Tidak ada berkas yang ditulis.')

    for (const [register, file] of [
      ['faq', 'faq.xlsx'],
      ['tickets', 'tickets/2025-02.csv'],
      ['roster', 'roster.csv'],
    ])
      expect((await cli(['import', register, join(ROOT, 'fixtures', file)])).code).toBe(0)
    const r = await cli(['run', 'kms'])
    expect(r.code).toBe(3)
    expect(r.stdout + r.stderr).not.toMatch(FAILURE)
    expect(r.stderr).toMatch(/^⏸ Menunggu: prepare\.sources|^⏸ Menunggu: kms\./)
    const all = await cli(['run'])
    expect(all.code).toBe(3)
    expect(all.stdout + all.stderr).not.toMatch(FAILURE)
    expect(all.stderr).toMatch(/^⏸ Menunggu: kms\.sme_review: .*belum final/)
    expect(all.stderr).toContain('prime-migrate kms review --pending --out')
    const review = join(dir, 'migration-out', 'kms', 'review.xlsx')
    expect(all.stdout).toMatch(new RegExp(`Berkas yang ditulis:\\n(.*\\n)*  ${review.replace(/[.]/g, '\\.')}`))
    const asJson = json(await cli(['run', '--json']))
    expect(asJson.error).toMatchObject({exit: 3, details: {step: 'kms.sme_review', wrote: []}})
  })
})

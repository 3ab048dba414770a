import {writeFileSync} from 'node:fs'
import {join} from 'node:path'
import ExcelJS from 'exceljs'
import {recordArtifact} from '../../src/audit/artifacts'
import {initPlan} from '../../src/plan/repository'
import {withDbs} from '../helpers/dbs'
import {json, runCli} from '../helpers/cli'

withDbs('sign-off and the handover workbook', (db) => {
  it('refuses a sign-off (exit 3) while there is no draft to sign, and bad roles or names (exit 2); the gate shows it waits for the draft', async () => {
    const url = db().url
    const gate = async () => json(await runCli(['status', '--db', url, '--json'])).steps.find((s: any) => s.id === 'handover.signoff')
    expect((await runCli(['init', '--db', url])).code).toBe(0)
    expect((await runCli(['signoff', 'project_lead', '--name', 'Dian Pratiwi', '--db', url, '--actor', 'dian'])).code).toBe(3)
    expect((await runCli(['signoff', 'sme_coordinator', '--name', ' ', '--db', url])).code).toBe(2)
    expect((await runCli(['signoff', 'nobody', '--name', 'X', '--db', url])).code).toBe(2)
    expect((await gate()).status).toBe('pending')
    const store = await db().open()
    expect(await store.knex('audit_log').where({action: 'signoff.recorded'}).count({n: '*'})).toEqual([{n: 0}])
    await store.close()
  })

  it('writes a protected, filterable workbook an auditor can read, in Indonesian or English', async () => {
    const store = await db().open('auditor-test', 'test')
    await initPlan(store)
    const file = join(db().dir, 'evidence.txt')
    writeFileSync(file, '=HYPERLINK("http://x")\n')
    const artifact = await recordArtifact(store.knex, {actor: 'lead', command: 'test'}, 'evidence', file, 1)
    await store.audit('note', {text: '=1+1 stays text'})
    await store.close()
    const out = join(db().dir, 'handover.xlsx')
    const r = await runCli(['report', 'handover', '--out', out, '--db', db().url, '--json'])
    expect(r.stderr + r.stdout).not.toMatch(/error/i)
    expect(r.code).toBe(0)
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.readFile(out)
    const names = wb.worksheets.map((w) => w.name)
    expect(names[0]).toBe('Sampul')
    for (const n of ['Ringkasan', 'Rencana', 'Artefak', 'Pengesahan', 'Log Audit']) expect(names).toContain(n)
    const plan = wb.getWorksheet('Rencana')!
    expect(plan.getRow(1).getCell(1).value).toBe('Kode langkah')
    expect(plan.views[0]).toMatchObject({state: 'frozen', ySplit: 1})
    expect(plan.pageSetup.orientation).toBe('landscape')
    expect(plan.pageSetup.printTitlesRow).toBe('1:1')
    expect((plan as any).sheetProtection?.sheet).toBe(true)
    const steps = plan.getColumn(1).values.slice(2)
    expect(steps).toContain('prepare.staff_transfer')
    const artifacts = wb.getWorksheet('Artefak')!
    expect(artifacts.getColumn(3).values).toContain(artifact.sha256)
    const audit = wb.getWorksheet('Log Audit')!
    const cells = audit.getColumn(6).values.filter((v) => typeof v === 'string') as string[]
    expect(cells.some((c) => c.includes('=1+1 stays text'))).toBe(true)
    audit.eachRow((row) => row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)))
    const signoff = wb.getWorksheet('Pengesahan')!
    expect(signoff.getColumn(2).values).toContain('BELUM DISAHKAN')

    const en = join(db().dir, 'handover-en.xlsx')
    expect((await runCli(['report', 'handover', '--out', en, '--lang', 'en', '--db', db().url])).code).toBe(0)
    const wbEn = new ExcelJS.Workbook()
    await wbEn.xlsx.readFile(en)
    expect(wbEn.worksheets.map((w) => w.name)).toContain('Audit log')
    // the first workbook was recorded as an artifact, so the second lists it
    const listed = wbEn.getWorksheet('Artifacts')!.getColumn(2).values
    expect(listed).toContain(out)
  })
})

import {execFileSync} from 'node:child_process'
import {appendFileSync, existsSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {importRegisterFile} from '../../src/sources/import-file'
import {isArchiveVerified} from '../../src/tickets/verified'
import {json, runCli} from '../helpers/cli'
import {withDbs} from '../helpers/dbs'
import {seedTickets} from './seed'

const REGISTER = `ticket_id,channel,created_at,requester_type,region,topic,agent,subject,body,requester_name,requester_email,requester_phone,status,confidential
WA-1,WhatsApp,2025-01-31T17:30:00Z,pemda,Kab. Kediri,DAU,Sari,Penyaluran DAU,"=1+1 bukan rumus",Budi,budi@example.go.id,+62811,closed,false
WA-2,whatsapp,2025-01-31T18:00:00+07:00,kl,,DBH,Sari,Alokasi DBH,Apa jadwalnya?,Ani,ani@example.go.id,0812,resolved,false
EM-1,email,2025-02-03T02:00:00Z,akademisi,Kota Samarinda,Dana Desa,Rudi,Dana Desa,Mohon data,Citra,citra@example.go.id,,closed,true
TL-1,Telepon,2025-02-10T09:15:00Z,lainnya,,PDRD,Rudi,PDRD,"Tanya, pajak",Dedi,,0813,open,0
`

withDbs('tickets export and verify commands', (db) => {
  it('asks for --yes before exporting confidential complaints whole when no one can be asked, and audits it', async () => {
    await db().use(async (store) => {
      await seedTickets(store.knex, 30)
    })
    const out = join(db().dir, 'lengkap')
    const refused = await runCli(['tickets', 'export', '--out', out, '--include-confidential', '--db', db().url])
    expect(refused.code).toBe(2)
    expect(refused.stderr).toMatch(/--yes/)
    expect(existsSync(out)).toBe(false)
    const underJson = await runCli(['tickets', 'export', '--out', out, '--include-confidential', '--json', '--db', db().url])
    expect(underJson.code).toBe(2)
    expect(json(underJson).error.fix).toMatch(/--yes/)

    const ok = await runCli(['tickets', 'export', '--out', out, '--include-confidential', '--yes', '--json', '--db', db().url])
    expect(ok.code).toBe(0)
    expect(json(ok).totals).toMatchObject({rows: 30, redacted: 0})
    await db().use(async (check) => {
      const audit = await check.knex('audit_log').where({action: 'tickets.confidential_included'})
      expect(audit).toHaveLength(1)
      expect(audit[0].actor).toBe('tester')
      expect(JSON.parse(audit[0].details)).toMatchObject({confirmed_by: '--yes'})
    })
  })

  it('imports a register, exports it to csv, and an auditor can check it with sha256sum and tickets verify', async () => {
    const file = join(db().dir, 'tiket.csv')
    writeFileSync(file, REGISTER)
    await db().use(async (store) => {
      const summary = await importRegisterFile(store, 'tickets', file, {rejectsFile: join(db().dir, 'rejects.csv')})
      expect(summary).toMatchObject({read: 4, loaded: 4, rejected: 0})
    })
    const out = join(db().dir, 'arsip')
    const exp = await runCli(['tickets', 'export', '--out', out, '--format', 'csv', '--json', '--db', db().url])
    expect(exp.code).toBe(0)
    // 2025-01-31T17:30Z is already 1 February in Jakarta: the month is Jakarta's.
    expect(json(exp).totals).toMatchObject({files: 2, rows: 4, source: 4, exported: 4, excluded: 0, redacted: 1})
    const feb = readFileSync(join(out, 'tickets/2025-02.csv'), 'utf8')
    expect(feb).toMatch(/^WA-1,whatsapp,2025-01-31T17:30:00(\.000)?Z,2025-02-01 00:30:00,2025-02,/m)
    expect(feb).toContain(",'=1+1 bukan rumus,")
    expect(feb).toContain('[DIRAHASIAKAN]')
    expect(feb).not.toContain('citra@example.go.id')
    expect(execFileSync('sha256sum', ['-c', 'SHA256SUMS'], {cwd: out, encoding: 'utf8'})).toMatch(/tickets\/2025-02.csv: OK/)

    const verified = await runCli(['tickets', 'verify', out, '--json', '--db', db().url])
    expect(verified.code).toBe(0)
    expect(json(verified)).toMatchObject({ok: true, files: 2, rows: 4})
    await db().use(async (check) => {
      expect(await isArchiveVerified(check.knex)).toBe(true)
    })
    const audit = await runCli(['audit', 'verify', '--json', '--db', db().url])
    expect(audit.code).toBe(0)

    appendFileSync(join(out, 'tickets/2025-01.csv'), 'X-1,email,,,,,,,,,,,,,,,,,,,false\r\n')
    const bad = await runCli(['tickets', 'verify', out, '--db', db().url])
    expect(bad.code).toBe(4)
    expect(bad.stderr).toMatch(/tickets\/2025-01.csv: sha256 \S+, manifest mencatat/)
    expect((await runCli(['audit', 'verify', '--db', db().url])).code).toBe(4)
  })
})

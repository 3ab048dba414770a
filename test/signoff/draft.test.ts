import {createHash} from 'node:crypto'
import {readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import ExcelJS from 'exceljs'
import {createTestDb, DIALECTS, TestDb} from '../helpers/dbs'
import {json, runCli} from '../helpers/cli'
import {migratedTestDb} from '../helpers/migration'

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex')
const SIGNERS = [
  ['project_lead', 'Dian Pratiwi'],
  ['sme_coordinator', 'Horas Simanjuntak'],
  ['prime_witness', 'Rina Kusumawardani'],
] as const

/** What exit 1, 2 and 4 look like; a gate (exit 3) must show none of it. */
const FAILURE = /✖|FAILED|Galat:/

for (const dialect of DIALECTS) {
  describe(`sign-off binds to the handover draft [${dialect}]`, () => {
    let db: TestDb
    let out: string
    const cli = (args: string[]) => runCli([...args, '--db', db.url], {cwd: db.dir})
    const status = async () => json(await cli(['status', '--json']))
    const step = async (id: string) => (await status()).steps.find((s: any) => s.id === id)

    beforeAll(async () => {
      ;({db, out} = await migratedTestDb(dialect))
    }, 240_000)
    afterAll(async () => {
      await db?.drop()
    })

    it('refuses a sign-off on a store with no draft yet (exit 3, naming the command that builds it), shown as waiting', async () => {
      const fresh = await createTestDb(dialect)
      try {
        expect((await runCli(['init', '--db', fresh.url])).code).toBe(0)
        const r = await runCli(['signoff', 'project_lead', '--name', 'Dian Pratiwi', '--db', fresh.url])
        expect(r.code).toBe(3)
        expect(r.stderr).toMatch(/^⏸ Menunggu: draf buku kerja serah terima belum disusun/)
        expect(r.stderr).toContain('prime-migrate run')
        expect(r.stderr).not.toMatch(FAILURE)
        const store = await fresh.open()
        try {
          expect(await store.knex('signoffs').count({n: '*'})).toEqual([{n: 0}])
        } finally {
          await store.close()
        }
      } finally {
        await fresh.drop()
      }
    })

    it('writes handover-draft.xlsx with every sheet marked as a draft, and records its SHA-256', async () => {
      const file = join(out, 'handover-draft.xlsx')
      const wb = new ExcelJS.Workbook()
      await wb.xlsx.readFile(file)
      expect(wb.worksheets.length).toBeGreaterThan(5)
      for (const ws of wb.worksheets) {
        expect(String(ws.getCell(1, 1).value)).toMatch(/^DRAF — BELUM DISAHKAN/)
        expect(ws.headerFooter.oddHeader).toContain('DRAF — BELUM DISAHKAN')
      }
      const draft = await step('handover.draft')
      expect(draft.status).toBe('done')
      expect(draft.note).toContain(sha256(file))
      const gate = await step('handover.signoff')
      expect(gate.status).toBe('blocked')
      expect(gate.note).toContain(`handover-draft.xlsx (SHA-256 ${sha256(file).slice(0, 12)}`)
    })

    it('records the draft SHA-256 with each sign-off, names file and hash in the statement, and status shows each the moment it is given', async () => {
      const hash = sha256(join(out, 'handover-draft.xlsx'))
      for (const [i, [role, name]] of SIGNERS.entries()) {
        const r = await cli(['signoff', role, '--name', name, '--json', '--actor', `${role}.pelaku`])
        expect(r.code).toBe(0)
        const s = json(r)
        expect(s).toMatchObject({role, name, draft_sha256: hash, draft_path: join(out, 'handover-draft.xlsx')})
        expect(s.statement).toContain(`handover-draft.xlsx (SHA-256 ${hash})`)
        expect(s.statement).not.toMatch(/memeriksa buku kerja serah terima dan/)
        const gate = await step('handover.signoff')
        expect(gate.status).toBe(i === SIGNERS.length - 1 ? 'done' : 'blocked')
      }
      const store = await db.open()
      try {
        const entries = await store.knex('audit_log').where({action: 'signoff.recorded'}).orderBy('id')
        expect(entries.map((e: any) => e.actor)).toEqual(SIGNERS.map(([role]) => `${role}.pelaku`))
      } finally {
        await store.close()
      }
      const given = await cli([
        'signoff',
        'prime_witness',
        '--name',
        'Rina Kusumawardani',
        '--statement',
        'Kemenkeu Prime menerima paket KMS.',
        '--json',
      ])
      expect(json(given).statement).toBe(
        `Kemenkeu Prime menerima paket KMS. (Atas draf buku kerja serah terima handover-draft.xlsx, SHA-256 ${hash}.)`,
      )
    })

    it('a state change after the draft makes it stale: status says so, older sign-offs stop counting, run rebuilds it and waits', async () => {
      const before = sha256(join(out, 'handover-draft.xlsx'))
      const change = await cli([
        'channels',
        'check',
        'phone',
        'decommission',
        '--status',
        'done',
        '--evidence',
        'BA pelepasan nomor Dering DJPK, revisi 2',
      ])
      expect(change.code).toBe(0)
      const s = await status()
      const draft = s.steps.find((x: any) => x.id === 'handover.draft')
      expect(draft.status).toBe('stale')
      expect(draft.stale.changed.map((c: any) => c.input)).toEqual(['channels'])
      expect(draft.stale.command).toMatch(/prime-migrate run handover/)
      const gate = s.steps.find((x: any) => x.id === 'handover.signoff')
      expect(gate.status).toBe('blocked')
      expect(gate.note).toMatch(/draf buku kerja serah terima usang: daftar periksa kanal/)
      expect(s.progress.done).toBeLessThan(s.progress.total)

      const late = await cli(['signoff', 'project_lead', '--name', 'Dian Pratiwi'])
      expect(late.code).toBe(3)
      expect(late.stderr).toMatch(/usang/)
      expect(late.stderr).toContain('prime-migrate run --yes')

      expect((await cli(['run'])).code).toBe(2)
      const rebuilt = await cli(['run', '--yes'])
      expect(rebuilt.code).toBe(3)
      const shown = rebuilt.stdout + rebuilt.stderr
      expect(shown).toMatch(/⏸ handover\.signoff/)
      expect(shown).not.toMatch(FAILURE)
      expect(rebuilt.stdout).toContain(join(out, 'handover-draft.xlsx'))
      const after = sha256(join(out, 'handover-draft.xlsx'))
      expect(after).not.toBe(before)
      const gate2 = await step('handover.signoff')
      expect(gate2.status).toBe('blocked')
      expect(gate2.note).toContain('Ketua Proyek Konsolidasi, Koordinator SME, Saksi Kemenkeu Prime')
    })

    it('the final handover.xlsx names who signed, when (WIB) and the SHA-256 of the draft each signed', async () => {
      const hash = sha256(join(out, 'handover-draft.xlsx'))
      for (const [role, name] of SIGNERS) expect((await cli(['signoff', role, '--name', name])).code).toBe(0)
      const r = await cli(['run'])
      expect({code: r.code, err: r.stderr}).toEqual({code: 0, err: ''})
      expect(r.stdout).toContain(join(out, 'handover.xlsx'))
      const wb = new ExcelJS.Workbook()
      await wb.xlsx.readFile(join(out, 'handover.xlsx'))
      const sheet = wb.getWorksheet('Pengesahan')!
      const header = (sheet.getRow(1).values as unknown[]).slice(1)
      expect(header).toEqual(expect.arrayContaining(['Peran', 'Nama', 'Waktu pengesahan (WIB)', 'SHA-256 draf']))
      const col = (h: string) => header.indexOf(h) + 1
      const rows = [2, 3, 4].map((n) => sheet.getRow(n))
      expect(rows.map((row) => row.getCell(col('Nama')).value)).toEqual(SIGNERS.map(([, name]) => name))
      for (const row of rows) {
        expect(row.getCell(col('SHA-256 draf')).value).toBe(hash)
        expect(String(row.getCell(col('Waktu pengesahan (WIB)')).value)).toMatch(/ \d{2}\.\d{2} WIB$/)
      }
      const summary = wb.getWorksheet('Ringkasan')!
      expect(summary.getColumn(2).values).toContain(hash)
      for (const ws of wb.worksheets) expect(String(ws.getCell(1, 1).value)).not.toMatch(/DRAF/)
      const s = await status()
      expect(s.progress.done).toBe(s.progress.total)
      expect(s.stale).toEqual([])
      expect((await cli(['audit', 'verify'])).code).toBe(0)
    })

    it('audit verify exits 4 when a counted sign-off does not match its draft, or the draft file changed', async () => {
      const store = await db.open()
      try {
        await store
          .knex('signoffs')
          .where({role: 'sme_coordinator'})
          .update({draft_sha256: 'f'.repeat(64)})
      } finally {
        await store.close()
      }
      const r = await cli(['audit', 'verify', '--json'])
      expect(r.code).toBe(4)
      expect(json(r).error.message).toMatch(/Koordinator SME oleh Horas Simanjuntak mencatat SHA-256 f{64}/)

      const file = join(out, 'handover-draft.xlsx')
      const bytes = readFileSync(file)
      bytes[bytes.length - 30] ^= 1
      writeFileSync(file, bytes)
      const changed = await cli(['audit', 'verify', '--json'])
      expect(changed.code).toBe(4)
      expect(json(changed).error.message).toContain(`berkas draf ${file} berubah setelah disusun`)
    })
  })
}

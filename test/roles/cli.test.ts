import {verifyAudit} from '../../src/audit/verify'
import {json, runCli} from '../helpers/cli'
import {withDbs} from '../helpers/dbs'
import {roster, writeRosterCsv} from './roster'

withDbs('roles commands', (db) => {
  // Only init creates a store.
  beforeEach(async () => {
    expect((await runCli(['init', '--db', db().url])).code).toBe(0)
  })

  it('import roster, roles map (audited with --actor), roles show as a table and --json', async () => {
    const {url, dir} = db()
    const imp = await runCli(['import', 'roster', writeRosterCsv(dir, roster()), '--db', url, '--json'])
    expect(imp.code).toBe(0)
    expect(json(imp)).toMatchObject({loaded: 12, rejected: 0})
    const map = await runCli(['roles', 'map', '--db', url, '--actor', 'ketua.proyek', '--json'])
    expect(map.code).toBe(0)
    const mapped = json(map)
    expect(mapped.uncovered).toEqual([])
    expect(mapped.counts).toEqual({L1: 2, L2: 3, L3: 7})

    const show = await runCli(['roles', 'show', '--db', url])
    expect(show.code).toBe(0)
    expect(show.stdout).toMatch(/CC-01\s+Rina Lestari\s+Contact Center\s+L1\s+L2/)
    expect(show.stdout).toMatch(/L2-DTU\s+Tim L2 DTU\s+DTU\s+L2\s+L3\s+DTU/)
    expect(show.stdout).toMatch(/DAU\s+Agen Kemenkeu Prime \(L1\)\s+Pool agen L2 DJPK.*DTU\s+l2\.dtu@djpk\.kemenkeu\.go\.id/)
    expect(show.stdout).toContain('Setiap topik memiliki SME.')
    const shown = json(await runCli(['roles', 'show', '--db', url, '--json']))
    expect(shown.routing.find((r: any) => r.topic === 'Dana Desa')).toMatchObject({
      l3_team: 'DDIOKK',
      l3_account: 'l2.ddiokk@djpk.kemenkeu.go.id',
    })

    await db().use(async (store) => {
      const assigned = await store.knex('audit_log').where({action: 'roles.assigned'})
      expect(assigned).toHaveLength(12)
      expect(assigned.every((e: any) => e.actor === 'ketua.proyek' && /roles.map/.test(e.command))).toBe(true)
      expect((await verifyAudit(store.knex)).ok).toBe(true)
    })
    expect((await runCli(['audit', 'verify', '--db', url])).code).toBe(0)
  })

  it('exits 2 listing the topics without an SME (the mapping itself is recorded), and 2 on an unmapped level', async () => {
    const {url, dir} = db()
    const people = roster().map((p) => ({...p, sme: p.agent_id === 'CC-01' ? 'DAU;DBH' : null}))
    expect((await runCli(['import', 'roster', writeRosterCsv(dir, people), '--db', url])).code).toBe(0)
    const r = await runCli(['roles', 'map', '--db', url, '--json'])
    expect(r.code).toBe(2)
    const err = json(r).error
    expect(err.message).toMatch(/23 topik belum ber-SME: JFAKPD, Dana Desa/)
    expect(err.fix).toMatch(/kolom sme/)
    expect(err.details.uncovered).toContain('Keluhan Layanan')
    const shown = json(await runCli(['roles', 'show', '--db', url, '--json']))
    expect(shown.mapped).toBe(true)
    expect(shown.uncovered).toHaveLength(23)
    const human = await runCli(['roles', 'map', '--db', url])
    expect(human.code).toBe(2)
    expect(human.stderr).toMatch(/Galat: peran sudah dipetakan, tetapi 23 topik belum ber-SME/)
    expect(human.stderr).toMatch(/Perbaikan: tulis kode topik/)
  })

  it("loads a roster whose sme column is a yes/no flag, every row, and roles map covers each unit's topics", async () => {
    const {url, dir} = db()
    const yes = ['true', 'ya', 'yes', '1', 'YA', 'TRUE', 'Ya']
    const no = ['false', 'tidak', 'no', '0', '']
    const people = roster().map((p, i) => ({...p, sme: p.level === 'L2' ? yes[i % yes.length] : no[i % no.length]}))
    const imp = await runCli(['import', 'roster', writeRosterCsv(dir, people), '--db', url, '--json'])
    expect(imp.code).toBe(0)
    expect(json(imp)).toMatchObject({read: 12, loaded: 12, rejected: 0})
    const map = await runCli(['roles', 'map', '--db', url, '--json'])
    expect(map.code).toBe(0)
    expect(json(map).uncovered).toEqual([])
    const shown = json(await runCli(['roles', 'show', '--db', url, '--json']))
    const smeOf = (topic: string) => shown.sme.filter((s: any) => s.topic === topic).map((s: any) => s.agent_id)
    expect(smeOf('DAU')).toEqual(['L2-DTU'])
    expect(smeOf('Dana Desa')).toEqual(['L2-DDIOKK'])
    expect(shown.sme.some((s: any) => s.agent_id.startsWith('CC-') || s.agent_id.startsWith('KP-'))).toBe(false)
  })

  it('exits 2 when every row of a file is rejected, naming the most common reason, and records the rejects', async () => {
    const {url, dir} = db()
    const people = roster().map((p) => ({...p, level: 'L9'}))
    const r = await runCli(['import', 'roster', writeRosterCsv(dir, people), '--db', url, '--json'])
    expect(r.code).toBe(2)
    const err = json(r).error
    expect(err.message).toMatch(
      /semua 12 baris .*roster\.csv ditolak, tidak ada yang dimuat; alasan terbanyak ada di kolom level \(12 baris\), misalnya baris 2: "L9"/,
    )
    expect(err.details).toMatchObject({read: 12, loaded: 0, rejected: 12})
    const human = await runCli(['import', 'roster', writeRosterCsv(dir, people), '--db', url, '--lang', 'en'])
    expect(human.code).toBe(2)
    expect(human.stderr).toMatch(
      /all 12 rows of .*roster\.csv were rejected and nothing was loaded; the most common reason is in column level/,
    )
    await db().use(async (store) => {
      expect(Number((await store.knex('rejects').count({n: '*'}))[0].n)).toBe(24)
      expect(Number((await store.knex('roster').count({n: '*'}))[0].n)).toBe(0)
    })
  })
})

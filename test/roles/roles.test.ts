import {verifyAudit} from '../../src/audit/verify'
import {clearMappingCache} from '../../src/mappings/load'
import {mapRoles} from '../../src/roles/map'
import {roleOverview} from '../../src/roles/show'
import {roleMapStep, smeGate} from '../../src/roles/steps'
import {Store} from '../../src/store/store'
import {withDbs} from '../helpers/dbs'
import {auditAsImport} from '../helpers/audited-import'
import {mappingsCopy, useMappingsWith, withTwinLabel} from '../helpers/mappings'
import {insertRoster, roster} from './roster'

const ctx = (store: Store) => ({store, outDir: '', yes: true, progress: () => {}})

withDbs('roles map', (db) => {
  let store: Store
  beforeEach(async () => {
    store = await db().open('ketua.proyek', 'prime-migrate roles map')
  })
  afterEach(async () => {
    await store.close()
    delete process.env.PRIME_MIGRATE_MAPPINGS
    clearMappingCache()
  })

  it('maps PRIME → L1, L1 → L2, L2 → L3 with the team, routes every topic to its L3 team and covers every topic with an SME', async () => {
    await insertRoster(store.knex, roster())
    const r = await mapRoles(store)
    const level = (id: string) => r.people.find((p) => p.agent_id === id)
    expect(level('KP-01')).toMatchObject({old_level: 'PRIME', new_level: 'L1', team: null})
    expect(level('CC-01')).toMatchObject({old_level: 'L1', new_level: 'L2'})
    expect(level('L2-DTU')).toMatchObject({old_level: 'L2', new_level: 'L3', team: 'DTU'})
    expect(r.uncovered).toEqual([])
    const dau = r.routing.find((x) => x.topic === 'DAU')!
    expect(dau).toMatchObject({l3_team: 'DTU', l3_account: 'l2.dtu@djpk.kemenkeu.go.id'})
    expect(dau.l1).toMatch(/Kemenkeu Prime/)
    expect(r.routing).toHaveLength(26)
    const o = await roleOverview(store.knex)
    expect(o.counts).toEqual({L1: 2, L2: 3, L3: 7})
    expect(o.routing.find((x) => x.topic === 'DAU')!.smes).toEqual(['Rina Lestari'])
    expect(o.people.find((p) => p.agent_id === 'CC-01')!.actor).toBe('ketua.proyek')
    expect((await smeGate.check!(ctx(store))).cleared).toBe(true)
  })

  it('audits every role change with its actor, changes nothing on a second run, and the audit chain verifies', async () => {
    await insertRoster(store.knex, roster())
    await mapRoles(store)
    const entries = async () => store.knex('audit_log').where('action', 'like', 'roles.%')
    const first = await entries()
    expect(first.filter((e: any) => e.action === 'roles.assigned')).toHaveLength(12)
    expect(first.every((e: any) => e.actor === 'ketua.proyek')).toBe(true)
    const again = await mapRoles(store)
    expect(again.changed).toEqual({people: 0, sme: 0, routing: 0})
    expect(await entries()).toHaveLength(first.length)

    await store.knex('roster').where({agent_id: 'CC-03'}).update({level: 'L2', unit: 'PDRD'})
    await auditAsImport(store.knex, 'roster', {changed: 'CC-03'})
    await db().use(
      async (other) => {
        expect((await mapRoles(other)).changed.people).toBe(1)
      },
      'koordinator',
      'prime-migrate roles map',
    )
    const change = (await entries()).filter((e: any) => e.action === 'roles.assigned').pop()
    expect(change.actor).toBe('koordinator')
    expect(JSON.parse(change.details)).toMatchObject({before: {new_level: 'L2'}, after: {agent_id: 'CC-03', new_level: 'L3', team: 'PDRD'}})
    expect((await verifyAudit(store.knex)).ok).toBe(true)
  })

  it('lists the topics no SME covers, and the roles.sme gate waits on exactly those', async () => {
    await insertRoster(
      store.knex,
      roster().map((p) => (p.agent_id === 'L2-Sekretariat' ? {...p, sme: 'DAU'} : p)),
    )
    const step = await roleMapStep.run!(ctx(store))
    expect(step).toMatch(/12 orang dipetakan/)
    const r = await roleOverview(store.knex)
    expect(r.uncovered.length).toBeGreaterThan(0)
    expect(r.uncovered).toContain('Keluhan Layanan')
    expect(r.uncovered).not.toContain('Spam')
    const gate = await smeGate.check!(ctx(store))
    expect(gate.cleared).toBe(false)
    expect(gate.waitingOn).toContain('Keluhan Layanan')
    expect(gate.details).toMatchObject({uncovered: r.uncovered})
    expect(gate.clear).toMatch(/roles map/)
  })

  it('refuses, writing nothing, a person whose level has no mapping, an L3 unit that is no team, and an SME of a role that may not be one', async () => {
    const people = roster()
    people.push({agent_id: 'X-1', name: 'Pak Supervisor', level: 'SPV', unit: 'Contact Center'})
    people.push({agent_id: 'X-2', name: 'Tim Lama', level: 'L2', unit: 'Direktorat Lama'})
    people.push({agent_id: 'X-3', name: 'Agen Prime SME', level: 'PRIME', unit: 'Kemenkeu Prime', sme: 'DAU'})
    await insertRoster(store.knex, people)
    const err = await mapRoles(store).catch((e) => e)
    expect(err.exit).toBe(2)
    expect(err.message).toMatch(/roster X-1 \(Pak Supervisor\): level "SPV" tidak dipetakan di roles\.yaml levels/)
    expect(err.message).toMatch(/roster X-2 \(Tim Lama\): unit "Direktorat Lama" bukan tim L3/)
    expect(err.message).toMatch(/roster X-3 \(Agen Prime SME\): level PRIME tidak boleh menjadi SME/)
    expect(err.fix).toMatch(/roles map/)
    expect(await store.knex('role_assignments').count({n: '*'})).toEqual([{n: 0}])
  })

  it('refuses a topic whose L3 team is not in roles.yaml, and an L3 team without a Deskpro account', async () => {
    process.env.PRIME_MIGRATE_MAPPINGS = mappingsCopy('topics.yaml', (t) => t.replace(/(DAU:[\s\S]*?l3_unit: )DTU/, '$1DJA'))
    clearMappingCache()
    await insertRoster(store.knex, roster())
    let err = await mapRoles(store).catch((e) => e)
    expect(err.exit).toBe(2)
    expect(err.message).toMatch(/topics\.yaml DAU: tim L3 "DJA" tidak ada di roles\.yaml teams/)

    process.env.PRIME_MIGRATE_MAPPINGS = mappingsCopy('roles.yaml', (t) =>
      t.replace('deskpro_account: l2.pdrd@djpk.kemenkeu.go.id', 'deskpro_account: null'),
    )
    clearMappingCache()
    err = await mapRoles(store).catch((e) => e)
    expect(err.exit).toBe(2)
    expect(err.message).toMatch(/roles\.yaml teams\.PDRD: tim L3 ini belum punya akun Deskpro; isi deskpro_account/)
  })

  it('reads SME topics as imports do: a spelling or alias of a code is that code; a text two labels share is a problem naming both', async () => {
    useMappingsWith('topics.yaml', withTwinLabel)
    const people = roster()
    people.push({agent_id: 'X-4', name: 'SME Ejaan Lain', level: 'L1', unit: 'Contact Center', sme: 'dak nonfisik;DAK Non Fisik;Vicon'})
    await insertRoster(store.knex, people)
    const r = await mapRoles(store)
    expect(r.sme.filter((s) => s.agent_id === 'X-4').map((s) => s.topic)).toEqual(['DAK Non Fisik', 'Video Conference'])

    await insertRoster(store.knex, [
      {agent_id: 'X-5', name: 'SME Ragu', level: 'L1', unit: 'Contact Center', sme: 'Dana Alokasi Khusus Fisik'},
    ])
    const err = await mapRoles(store).catch((e) => e)
    expect(err.exit).toBe(2)
    expect(err.message).toMatch(
      /roster X-5 \(SME Ragu\), kolom sme: "Dana Alokasi Khusus Fisik" bisa berarti topik "DAK Fisik" atau "DAK Reguler" di mappings\/topics\.yaml/,
    )
  })

  it('says to import the roster when it is empty', async () => {
    const err = await mapRoles(store).catch((e) => e)
    expect(err.exit).toBe(2)
    expect(err.fix).toMatch(/import roster/)
  })
})

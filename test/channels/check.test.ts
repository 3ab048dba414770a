import {writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {verifyAudit} from '../../src/audit/verify'
import {checkStep} from '../../src/channels/check'
import {applyChecklistRows, readChecklistCsv} from '../../src/channels/checklist-csv'
import {channelCloseGate} from '../../src/channels/gates'
import {getChannel, listChannels} from '../../src/channels/state'
import {clearMappingCache, loadMapping} from '../../src/mappings/load'
import {initPlan} from '../../src/plan/repository'
import {Store} from '../../src/store/store'
import {ROOT} from '../helpers/cli'
import {withDbs} from '../helpers/dbs'
import {useMappingsWith} from '../helpers/mappings'
import {verifiedArchive} from './archive'

const ctx = (store: Store) => ({store, outDir: '', yes: true, progress: () => {}})
const done = (store: Store, step: string, evidence = `bukti ${step}`) =>
  checkStep(store, {channel: 'phone', step, status: 'done', evidence})

withDbs('channel checklist', (db) => {
  let store: Store
  beforeEach(async () => {
    store = await db().open('rina.cc', 'prime-migrate channels check')
    await initPlan(store)
  })
  afterEach(async () => {
    await store.close()
  })

  it('refuses deactivate before its prerequisites with exit 3, naming each missing step and its owner, and records nothing', async () => {
    const before = await store.knex('audit_log').count({n: '*'})
    const err = await checkStep(store, {channel: 'phone', step: 'deactivate', status: 'done'}).catch((e) => e)
    expect(err.exit).toBe(3)
    expect(err.name).toBe('UserError')
    expect(err.message).toContain('phone deactivate belum dapat ditandai selesai; yang kurang:')
    for (const s of [
      'announce (belum dikerjakan; Tim Contact Center DJPK)',
      'redirect (belum dikerjakan; Tim Teknis DJPK)',
      'settle_open_tickets (belum dikerjakan; Tim Contact Center DJPK)',
      'final_export (belum dikerjakan; Tim Teknis DJPK)',
    ])
      expect(err.message).toContain(s)
    expect(err.details.missing).toEqual(['announce', 'redirect', 'settle_open_tickets', 'final_export'])
    expect(err.fix).toContain('prime-migrate channels check phone announce --status done')
    expect(await store.knex('channel_steps').count({n: '*'})).toEqual([{n: 0}])
    expect(await store.knex('audit_log').count({n: '*'})).toEqual(before)

    await done(store, 'announce')
    await checkStep(store, {channel: 'phone', step: 'redirect', status: 'in_progress'})
    const again = await checkStep(store, {channel: 'phone', step: 'deactivate', status: 'done'}).catch((e) => e)
    expect(again.details.missing).toEqual(['redirect', 'settle_open_tickets', 'final_export'])
    expect(again.message).toContain('redirect (sedang dikerjakan; Tim Teknis DJPK)')
  })

  it('final_export waits on the verified ticket archive and says how to get it', async () => {
    const err = await done(store, 'final_export').catch((e) => e)
    expect(err.exit).toBe(3)
    expect(err.message).toMatch(/arsip tiket yang terverifikasi \(ekspor dan verifikasi arsip tiket dengan `prime-migrate run tickets`\)/)
  })

  it('skipped needs a note; a kept channel, an unknown step or status is refused with exit 2', async () => {
    const skipped = await checkStep(store, {channel: 'livechat', step: 'settle_open_tickets', status: 'skipped'}).catch((e) => e)
    expect(skipped.exit).toBe(2)
    expect(skipped.message).toMatch(/--status skipped memerlukan --note/)
    const ok = await checkStep(store, {
      channel: 'livechat',
      step: 'settle_open_tickets',
      status: 'skipped',
      note: 'tidak ada tiket terbuka',
    })
    expect(ok).toMatchObject({status: 'skipped', note: 'tidak ada tiket terbuka', actor: 'rina.cc'})
    const kept = await checkStep(store, {channel: 'tatap_muka', step: 'announce', status: 'done'}).catch((e) => e)
    expect(kept.exit).toBe(2)
    expect(kept.message).toMatch(
      /tatap_muka \(Konsultasi Tatap Muka\) dipertahankan, tidak ditutup: kanal ini tidak punya daftar periksa penonaktifan/,
    )
    expect((await checkStep(store, {channel: 'phone', step: 'unplug', status: 'done'}).catch((e) => e)).message).toMatch(
      /tidak punya langkah daftar periksa "unplug"/,
    )
    expect((await checkStep(store, {channel: 'fax', step: 'announce', status: 'done'}).catch((e) => e)).fix).toMatch(
      /gunakan salah satu dari: phone, whatsapp/,
    )
    expect((await checkStep(store, {channel: 'phone', step: 'announce', status: 'finished'}).catch((e) => e)).exit).toBe(2)
  })

  it('done in order closes the channel: list shows it closed, the gate clears and status shows the plan step done', async () => {
    const gate = channelCloseGate('phone')
    const waiting = await gate.check!(ctx(store))
    expect(waiting.cleared).toBe(false)
    expect(waiting.waitingOn).toContain(
      'Tim Teknis DJPK: redirect (belum dikerjakan), final_export (belum dikerjakan), deactivate (belum dikerjakan), decommission (belum dikerjakan)',
    )
    expect(waiting.clear).toContain('prime-migrate channels check phone announce --status done')

    await store.close()
    await verifiedArchive(db().url, db().dir)
    store = await db().open('bayu.tek', 'prime-migrate channels check')
    for (const step of ['announce', 'redirect', 'settle_open_tickets', 'final_export', 'deactivate', 'verify_closed'])
      await done(store, step)
    expect((await getChannel(store.knex, 'phone')).state).toBe('closing')
    const last = await done(store, 'decommission')
    expect(last).toMatchObject({channel_state: 'closed', open_steps: []})

    const phone = (await listChannels(store.knex)).find((c) => c.code === 'phone')!
    expect(phone.state).toBe('closed')
    expect(phone.steps.every((s) => s.status === 'done' && s.actor === 'bayu.tek' && s.updated_at)).toBe(true)
    expect((await gate.check!(ctx(store))).cleared).toBe(true)
    const planStep = await store.knex('plan_steps').where({id: 'channels.close.phone'}).first()
    expect(planStep).toMatchObject({status: 'done', actor: 'bayu.tek'})
    const actions = (await store.knex('audit_log').orderBy('id')).map((e: any) => e.action)
    expect(actions.filter((a: string) => a === 'channels.step')).toHaveLength(7)
    expect(actions).toContain('channels.closed')

    // A done step cannot go back while a later step that needs it is done.
    const back = await checkStep(store, {channel: 'phone', step: 'announce', status: 'in_progress'}).catch((e) => e)
    expect(back.exit).toBe(2)
    expect(back.message).toMatch(/announce tidak dapat meninggalkan status selesai: deactivate sudah selesai dan memerlukannya/)
    expect((await verifyAudit(store.knex)).ok).toBe(true)
  })

  it('hashes an evidence file, records it as an artifact, and audit verify catches a change to it', async () => {
    const file = join(db().dir, 'email-blast.eml')
    writeFileSync(file, 'Subject: Penutupan kanal Dering DJPK per 30 Juni 2025\n')
    const r = await checkStep(store, {channel: 'phone', step: 'announce', status: 'done', evidence: 'email-blast.eml', cwd: db().dir})
    expect(r).toMatchObject({evidence: file, evidence_kind: 'file'})
    expect(r.evidence_sha256).toMatch(/^[0-9a-f]{64}$/)
    const artifact = await store.knex('artifacts').where({path: file}).first()
    expect(artifact).toMatchObject({kind: 'channel_evidence', sha256: r.evidence_sha256, actor: 'rina.cc'})
    expect((await verifyAudit(store.knex)).ok).toBe(true)
    const url = await checkStep(store, {
      channel: 'phone',
      step: 'redirect',
      status: 'in_progress',
      evidence: 'https://contact-djpk.kemenkeu.go.id/banner',
    })
    expect(url).toMatchObject({evidence_kind: 'url', evidence_sha256: null})

    writeFileSync(file, 'Subject: diubah\n')
    const v = await verifyAudit(store.knex)
    expect(v.ok).toBe(false)
    expect(v.problems).toEqual([expect.objectContaining({path: file, kind: 'channel_evidence'})])
  })

  it('the demo replays fixtures/channels/checklist.csv through the same function, stopping where the archive is not yet verified', async () => {
    const rows = await readChecklistCsv(join(ROOT, 'fixtures', 'channels', 'checklist.csv'))
    expect(await applyChecklistRows(store, rows, 'whatsapp')).toBe(4)
    const wa = await getChannel(store.knex, 'whatsapp')
    expect(wa.open_steps).toEqual(['final_export', 'deactivate', 'verify_closed', 'decommission'])
    expect(wa.steps.find((s) => s.step === 'redirect')).toMatchObject({status: 'done', actor: 'bayu.tek'})

    await store.close()
    await verifiedArchive(db().url, db().dir)
    store = await db().open('demo', 'prime-migrate demo')
    expect(await applyChecklistRows(store, rows, 'whatsapp')).toBe(4)
    expect((await getChannel(store.knex, 'whatsapp')).state).toBe('closed')
    const who = await store.knex('audit_log').where({action: 'channels.step'}).select('actor')
    expect(new Set(who.map((w: any) => w.actor))).toEqual(new Set(['rina.cc', 'bayu.tek']))
    expect((await verifyAudit(store.knex)).ok).toBe(true)
  })
})

describe('channels.yaml steps', () => {
  afterEach(() => {
    delete process.env.PRIME_MIGRATE_MAPPINGS
    clearMappingCache()
  })

  it('a cycle in the needs of the steps is refused when the mapping loads, naming the step', () => {
    useMappingsWith('channels.yaml', (t) => t.replace(/( {2}announce:\n.*\n) {4}needs: \[\]/, '$1    needs: [decommission]'))
    expect(() => loadMapping('channels')).toThrow(
      /steps\.announce\.needs: langkah ini memerlukan dirinya sendiri melalui needs-nya \(siklus\)/,
    )
  })
})

import {EXIT} from '../../src/errors'
import {clearMappingCache} from '../../src/mappings/load'
import {planSteps} from '../../src/plan/definition'
import {stepHandler} from '../../src/plan/registry'
import {getPlan, getStep, initPlan} from '../../src/plan/repository'
import {executeStep, stoppedError, StopOutcome} from '../../src/plan/runner'
import {Store} from '../../src/store/store'
import {withDbs} from '../helpers/dbs'
import {useMappingsWith} from '../helpers/mappings'

const ctx = (store: Store) => ({store, outDir: '', yes: true, progress: () => {}})

afterEach(() => {
  delete process.env.PRIME_MIGRATE_MAPPINGS
  clearMappingCache()
})

describe('plan definition', () => {
  it('gives every automatic step and gate a handler, and none to decisions', () => {
    for (const s of planSteps()) expect([s.id, Boolean(stepHandler(s.id))]).toEqual([s.id, s.kind !== 'decision'])
  })

  it('builds the channel steps from channels.yaml: a gate per closing channel, a decision per kept one', () => {
    useMappingsWith(
      'channels.yaml',
      (t) =>
        `${t}  sms:\n    label: {id: SMS Center DJPK, en: DJPK SMS Center}\n    short_label: {id: SMS, en: SMS}\n    contact_point: '1500-123'\n    decision: close\n` +
        `  surat:\n    label: {id: Surat, en: Letters}\n    contact_point: Gedung Radius Prawiro\n    decision: keep\n`,
    )
    const channels = planSteps().filter((s) => s.stage === 'channels')
    expect(channels.map((s) => s.id)).toEqual([
      ...['phone', 'whatsapp', 'email', 'helpdesk', 'livechat', 'sms'].map((c) => `channels.close.${c}`),
      ...['tatap_muka', 'vicon', 'surat'].map((c) => `channels.keep.${c}`),
    ])
    expect(channels.find((s) => s.id === 'channels.close.sms')).toMatchObject({
      kind: 'gate',
      title: {id: 'Kanal SMS ditutup (daftar periksa lengkap)', en: 'SMS channel closed (checklist complete)'},
      dependsOn: ['tickets.verify'],
    })
    expect(channels.find((s) => s.id === 'channels.keep.surat')).toMatchObject({
      kind: 'decision',
      title: {id: 'Kanal Surat tetap dilayani', en: 'Letters channel stays in service'},
    })
    expect(stepHandler('channels.close.sms')?.check).toBeDefined()
  })
})

withDbs('plan runner outcomes', (db) => {
  let store: Store
  afterEach(async () => {
    await store?.close()
  })

  it('a channel added to channels.yaml gets a plan gate that waits on its checklist', async () => {
    useMappingsWith(
      'channels.yaml',
      (t) => `${t}  sms:\n    label: {id: SMS Center DJPK, en: DJPK SMS Center}\n    contact_point: '1500-123'\n    decision: close\n`,
    )
    store = await db().open()
    await initPlan(store)
    const step = (await getPlan(store.knex)).find((s) => s.id === 'channels.close.sms')!
    expect(step).toMatchObject({
      kind: 'gate',
      status: 'pending',
      title: {id: 'Kanal SMS Center DJPK ditutup (daftar periksa lengkap)', en: 'DJPK SMS Center channel closed (checklist complete)'},
    })
    const check = await stepHandler(step.id)!.check!(ctx(store))
    expect(check.cleared).toBe(false)
    expect(check.clear).toContain('prime-migrate channels check sms announce')
  })

  it('returns waiting, with the steps it waits on, for a step whose dependencies are not done', async () => {
    store = await db().open()
    await initPlan(store)
    const outcome = await executeStep((await getStep(store.knex, 'kms.contributors'))!, ctx(store))
    expect(outcome).toEqual({kind: 'waiting', on: 'steps', unmet: ['prepare.sources (belum dikerjakan)']})
    const error = stoppedError((await getStep(store.knex, 'kms.contributors'))!, outcome as StopOutcome)
    expect(error).toMatchObject({exit: EXIT.waiting, fix: 'jalankan `prime-migrate run` untuk tahap-tahap sebelumnya terlebih dahulu'})
  })

  it('returns waiting with the gate check for a gate nobody has cleared, and records the step blocked', async () => {
    store = await db().open()
    await initPlan(store)
    const outcome = await executeStep((await getStep(store.knex, 'handover.published_figures'))!, ctx(store))
    expect(outcome).toMatchObject({kind: 'waiting', on: 'gate', check: {cleared: false}})
    expect((await getStep(store.knex, 'handover.published_figures'))!.status).toBe('blocked')
  })

  it('returns failed with the error of a step that throws, and records the step failed', async () => {
    store = await db().open()
    await initPlan(store)
    useMappingsWith('holidays.yaml', () => 'holidays:\n  "bad": y\n')
    const outcome = await executeStep((await getStep(store.knex, 'prepare.mappings'))!, ctx(store))
    expect(outcome.kind).toBe('failed')
    const error = stoppedError((await getStep(store.knex, 'prepare.mappings'))!, outcome as StopOutcome)
    expect(error).toMatchObject({exit: EXIT.usage})
    expect(error.message).toMatch(/holidays\.yaml tidak valid/)
    expect((await getStep(store.knex, 'prepare.mappings'))!).toMatchObject({status: 'failed'})
  })
})

import {computeMetrics} from '../../src/metrics/compute'
import {withDbs} from '../helpers/dbs'
import {EXPECTED, loadOddRegisters} from './odd-register'

withDbs('CONTRACT §6 metrics on a register nobody on the team wrote', (db) => {
  it('gives exactly the hand-computed figures, in order', async () => {
    await db().use(async (store) => {
      expect(await loadOddRegisters(store, db().dir)).toEqual({tickets: 17, survey: 14, chatbot: 4, visits: 2, vicon: 2})
      const rows = await computeMetrics(store.knex)
      expect(rows.map((r) => [r.period, r.metric, r.dimension, r.value])).toEqual(EXPECTED)
    })
  })

  it('keeps to --from/--to, by the month of escalation for escalations', async () => {
    await db().use(async (store) => {
      await loadOddRegisters(store, db().dir)
      const rows = await computeMetrics(store.knex, {from: '2025-02', to: '2025-02'})
      expect(rows.map((r) => [r.period, r.metric, r.dimension, r.value])).toEqual(EXPECTED.filter((e) => e[0] === '2025-02'))
      expect(await computeMetrics(store.knex, {from: '2026-01'})).toEqual([])
    })
  })

  it('refuses a range that is not months, or runs backwards (exit 2)', async () => {
    await db().use(async (store) => {
      await expect(computeMetrics(store.knex, {from: '2025-2'})).rejects.toMatchObject({
        exit: 2,
        message: expect.stringContaining('--from 2025-2'),
      })
      await expect(computeMetrics(store.knex, {from: '2025-03', to: '2025-01'})).rejects.toMatchObject({exit: 2})
    })
  })

  it('refuses to score an escalation the working-day calendar does not cover, rather than miscount it', async () => {
    await db().use(async (store) => {
      await store.knex('tickets').insert({
        ticket_id: 'FAR',
        channel: 'email',
        created_at: '2041-01-02T02:00:00Z',
        created_local: '2041-01-02 09:00:00',
        period: '2041-01',
        local_date: '2041-01-02',
        local_weekday: 3,
        local_minute: 540,
        requester_type: 'pemda',
        topic: 'DAU',
        escalated_unit: 'DTU',
        escalated_at: '2041-01-02T03:00:00Z',
        escalated_local_date: '2041-01-02',
        escalated_period: '2041-01',
        l2_responded_at: '2041-01-03T03:00:00Z',
        l2_responded_local_date: '2041-01-03',
        row_hash: 'h',
      })
      await expect(computeMetrics(store.knex)).rejects.toThrow(
        'eskalasi pada 2041-01 (DTU) memiliki tanggal di luar kalender hari kerja 2010-01-01…2040-12-31',
      )
    })
  })
})

import {readdirSync} from 'node:fs'
import {join} from 'node:path'
import ExcelJS from 'exceljs'
import {computeMetrics, MetricRow} from '../../src/metrics/compute'
import {overview} from '../../src/metrics/overview'
import {readPublished, reconcile} from '../../src/metrics/published'
import {importRegisterFile, RegisterName} from '../../src/sources/import-file'
import {Store} from '../../src/store/store'
import {json, ROOT, runCli} from '../helpers/cli'
import {withDbs} from '../helpers/dbs'

const FIXTURES = join(ROOT, 'fixtures')
const PUBLISHED = join(FIXTURES, 'published', 'figures.csv')

async function loadFixtures(store: Store, scratch: string): Promise<void> {
  const files: Array<[RegisterName, string]> = [
    ...readdirSync(join(FIXTURES, 'tickets'))
      .filter((f) => f.endsWith('.csv'))
      .sort()
      .map((f): [RegisterName, string] => ['tickets', join('tickets', f)]),
    ['survey', 'survey.csv'],
    ['chatbot', 'chatbot.csv'],
    ['visits', 'visits.csv'],
    ['vicon', 'vicon.csv'],
  ]
  for (const [register, file] of files) {
    const s = await importRegisterFile(store, register, join(FIXTURES, file), {rejectsFile: join(scratch, `${register}-{id}.csv`)})
    expect(s.rejected).toBe(0)
  }
}

function pick(rows: MetricRow[], period: string, metric: string): Record<string, number> {
  return Object.fromEntries(rows.filter((r) => r.period === period && r.metric === metric).map((r) => [r.dimension, r.value]))
}

withDbs('the seed report reproduced from the fixtures', (db) => {
  it('gives every figure the seed states for Feb 2025, Jan 2025, Dec 2024 and Feb 2024', async () => {
    await db().use(async (store) => {
      await loadFixtures(store, db().dir)
      const rows = await computeMetrics(store.knex)
      const one = (period: string, metric: string, dim = '') => pick(rows, period, metric)[dim]
      expect(one('2025-02', 'tickets.total')).toBe(926)
      expect(pick(rows, '2025-02', 'tickets.channel')).toEqual({whatsapp: 633, email: 200, phone: 36, livechat: 30, helpdesk: 27})
      expect(pick(rows, '2025-02', 'tickets.requester_type')).toEqual({pemda: 767, kl: 79, akademisi: 21, lainnya: 59})
      expect(one('2025-02', 'tickets.zone', 'unknown')).toBe(58) // 868 of 926 with a known zone
      expect(one('2025-02', 'tickets.outside_hours')).toBe(54)
      expect(pick(rows, '2025-02', 'tickets.outside_hours_zone')).toEqual({WIB: 22, WITA: 2, WIT: 2})
      expect(one('2025-02', 'tickets.outside_hours_escalated')).toBe(2)
      expect(one('2025-02', 'escalations.total')).toBe(59)
      expect(pick(rows, '2025-02', 'escalations.unit')).toEqual({Sekretariat: 1, DTU: 16, DTK: 13, P2D: 3, PDRD: 9, DDIOKK: 10, SIPT: 7})
      expect(pick(rows, '2025-02', 'escalations.score_avg')).toEqual({
        Sekretariat: 120,
        DTU: 113.75,
        DTK: 120,
        DDIOKK: 118,
        PDRD: 120,
        P2D: 120,
        SIPT: 120,
      })
      expect(Object.values(pick(rows, '2025-02', 'satisfaction.avg'))).toEqual([5, 5, 5, 5, 5])
      expect(one('2025-02', 'chatbot.sessions')).toBe(442)
      expect(one('2025-02', 'chatbot.menu', 'Tidak Dilanjutkan')).toBe(79)
      expect([one('2025-02', 'visits.total'), one('2025-02', 'vicon.total')]).toEqual([21, 3])
      expect([
        one('2025-01', 'tickets.total'),
        one('2025-01', 'tickets.channel', 'whatsapp'),
        one('2025-01', 'tickets.channel', 'phone'),
        one('2025-01', 'tickets.channel', 'email'),
      ]).toEqual([1010, 695, 60, 219])
      expect([one('2025-01', 'chatbot.sessions'), one('2025-01', 'visits.total'), one('2025-01', 'vicon.total')]).toEqual([374, 24, 2])
      expect([
        one('2024-12', 'tickets.channel', 'whatsapp'),
        one('2024-12', 'tickets.channel', 'phone'),
        one('2024-12', 'tickets.channel', 'email'),
        one('2024-12', 'chatbot.sessions'),
        one('2024-12', 'visits.total'),
        one('2024-12', 'vicon.total'),
      ]).toEqual([771, 63, 237, 337, 33, 4]) // 33 face-to-face: the chart's value, not the page number 27 before it
      expect([
        one('2024-02', 'tickets.channel', 'whatsapp'),
        one('2024-02', 'tickets.channel', 'email'),
        one('2024-02', 'tickets.channel', 'phone'),
        one('2024-02', 'chatbot.sessions'),
        one('2024-02', 'visits.total'),
        one('2024-02', 'vicon.total'),
      ]).toEqual([744, 131, 46, 497, 22, 1])
      expect([
        one('2025-02', 'tickets.topic', 'Pengaduan'),
        one('2025-01', 'tickets.topic', 'Pengaduan'),
        one('2024-02', 'tickets.topic', 'Pengaduan'),
      ]).toEqual([7, 4, 1])

      // The seed's changes, (current − previous) / previous: WhatsApp −9% / −15%, chatbot +18% / −11%, vicon +50% / +200%, visits −13% / −5%.
      const ov = overview(rows)
      const change = (indicator: string) => ov.find((o) => o.period === '2025-02' && o.indicator === indicator)!
      expect(change('tickets.channel:whatsapp')).toMatchObject({
        previous: 695,
        mom: (633 - 695) / 695,
        lastYear: 744,
        yoy: (633 - 744) / 744,
      })
      expect(change('chatbot.sessions')).toMatchObject({mom: (442 - 374) / 374, yoy: (442 - 497) / 497})
      expect(change('vicon.total')).toMatchObject({mom: 0.5, yoy: 2})
      expect(change('visits.total')).toMatchObject({mom: (21 - 24) / 24, yoy: (21 - 22) / 22})
      expect(change('tickets.total')).toMatchObject({previous: 1010, mom: (926 - 1010) / 1010, lastYear: 968})

      // The seed contradicts itself twice; the reconciliation flags exactly those.
      const flagged = reconcile(rows, await readPublished(PUBLISHED)).filter((r) => r.status !== 'same')
      expect(flagged).toEqual([
        {period: '2024-02', metric: 'tickets.total', dimension: '', published: 967, computed: 968, difference: 1, status: 'different'},
        {
          period: '2025-02',
          metric: 'tickets.channel',
          dimension: 'helpdesk',
          published: 37,
          computed: 27,
          difference: -10,
          status: 'different',
        },
      ])
    })
  })

  it('flags the same two figures in the workbook written by report metrics --published', async () => {
    const store = await db().open()
    await loadFixtures(store, db().dir)
    await store.close()
    const file = join(db().dir, 'metrics.xlsx')
    const r = await runCli(['report', 'metrics', '--db', db().url, '--out', file, '--published', PUBLISHED, '--json'])
    expect(r.code).toBe(0)
    expect(json(r).workbook.reconciliation).toMatchObject({differences: 2, missing: 0})
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.readFile(file)
    const flagged: unknown[][] = []
    wb.getWorksheet('Rekonsiliasi')!.eachRow((row, n) => {
      const v = (row.values as unknown[]).slice(1)
      if (n > 3 && v[6] !== 'Sesuai') flagged.push(v)
    })
    expect(flagged).toEqual([
      ['2024-02', 'tickets.total', '', 967, 968, 1, 'Berbeda'],
      ['2025-02', 'tickets.channel', 'helpdesk', 37, 27, -10, 'Berbeda'],
    ])
  })
})

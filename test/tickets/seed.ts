import {Knex} from 'knex'
import {recordOf} from '../../src/sources/rederive-regions'
import {recordHash} from '../../src/sources/row-hash'
import {auditAsImport} from '../helpers/audited-import'
import {dialectOf} from '../../src/store/dialect'
import {withSqliteHandle} from '../../src/store/dialect/sqlite'

const CHANNELS = ['whatsapp', 'email', 'phone', 'livechat', 'helpdesk']
const TOPICS = ['DAU', 'DBH', 'Dana Desa', 'PDRD', 'Aplikasi']

/** Text a spreadsheet would take for a formula, or that needs csv quoting: the bodies of some tickets. */
export const TRICKY = [
  '=HYPERLINK("http://x","klik")',
  '+62 812 000',
  '-1+1',
  '@SUM(A1)',
  '\tTab',
  'koma, "kutip"\nbaris baru',
  'Dana Desa — Rp 1.000,00 ✓',
]

/** One synthetic ticket as the importer would store it; `i` decides everything, so seeds are reproducible. */
export function ticketRow(i: number, opts: {months?: number; startYear?: number} = {}): Record<string, unknown> {
  const months = opts.months ?? 6
  const month = i % months
  const year = (opts.startYear ?? 2023) + Math.floor(month / 12)
  const mm = String((month % 12) + 1).padStart(2, '0')
  const day = String((Math.floor(i / months) % 28) + 1).padStart(2, '0')
  const minute = (i * 7) % (24 * 60)
  const mi = String(minute % 60).padStart(2, '0')
  // Jakarta wall clock; UTC is 7 hours earlier (kept on the same day for simplicity: hours ≥ 7 only).
  const localHour = 7 + (Math.floor(minute / 60) % 17)
  const lh = String(localHour).padStart(2, '0')
  const utcH = String(localHour - 7).padStart(2, '0')
  const confidential = i % 7 === 3
  const row = {
    ticket_id: `T${String(i).padStart(8, '0')}`,
    channel: CHANNELS[i % CHANNELS.length],
    created_at: `${year}-${mm}-${day}T${utcH}:${mi}:00.000Z`,
    created_local: `${year}-${mm}-${day} ${lh}:${mi}:00`,
    period: `${year}-${mm}`,
    local_date: `${year}-${mm}-${day}`,
    local_weekday: 1 + (i % 7),
    local_minute: localHour * 60 + Number(mi),
    requester_type: ['pemda', 'kl', 'akademisi', 'lainnya'][i % 4],
    region: i % 3 === 0 ? 'Kab. Kediri' : null,
    province: i % 3 === 0 ? 'Jawa Timur' : null,
    zone: i % 3 === 0 ? 'WIB' : null,
    topic: TOPICS[i % TOPICS.length],
    agent: `agen${i % 9}`,
    subject: `Pertanyaan ${i}`,
    body: i % 11 === 5 ? TRICKY[i % TRICKY.length] : `Isi tiket nomor ${i}`,
    requester_name: `Pemohon ${i}`,
    requester_email: `p${i}@example.go.id`,
    requester_phone: i % 5 === 0 ? '+628123456789' : '08123456789',
    status: 'closed',
    escalated_unit: null,
    escalated_at: null,
    escalated_local_date: null,
    escalated_period: null,
    l2_responded_at: null,
    l2_responded_local_date: null,
    confidential,
    source: 'seed',
    source_row: i,
    seen_import: null,
  }
  // The hash an import would store for this content: `tickets verify` re-derives it from the stored row.
  return {...row, row_hash: recordHash(recordOf({...row, region_status: null}))}
}

/** Insert `count` synthetic tickets starting at `from`, fast on both dialects; counted and audited as a change of the tickets, as an import is. */
export async function seedTickets(knex: Knex, count: number, opts: {from?: number; months?: number} = {}): Promise<void> {
  await insertTickets(knex, count, opts)
  await auditAsImport(knex, 'tickets', {seeded: count})
}

async function insertTickets(knex: Knex, count: number, opts: {from?: number; months?: number}): Promise<void> {
  const from = opts.from ?? 0
  if (dialectOf(knex).name === 'sqlite') {
    await withSqliteHandle(knex, (db) => {
      const cols = Object.keys(ticketRow(0))
      const stmt = db.prepare(`INSERT INTO tickets (${cols.map((c) => `"${c}"`).join(',')}) VALUES (${cols.map(() => '?').join(',')})`)
      db.transaction(() => {
        for (let i = from; i < from + count; i++) {
          const r = ticketRow(i, opts)
          stmt.run(cols.map((c) => (typeof r[c] === 'boolean' ? (r[c] ? 1 : 0) : r[c])))
        }
      })()
    })
    return
  }
  const batch: Record<string, unknown>[] = []
  for (let i = from; i < from + count; i++) {
    batch.push(ticketRow(i, opts))
    if (batch.length === 2000) await knex('tickets').insert(batch.splice(0))
  }
  if (batch.length) await knex('tickets').insert(batch)
}

// Throwaway: JS twin of test/tickets/seed.ts for scripts outside jest.
const crypto = require('node:crypto')
const CHANNELS = ['whatsapp', 'email', 'phone', 'livechat', 'helpdesk']
const TOPICS = ['DAU', 'DBH', 'Dana Desa', 'PDRD', 'Aplikasi']
const TRICKY = [
  '=HYPERLINK("http://x","klik")',
  '+62 812 000',
  '-1+1',
  '@SUM(A1)',
  '\tTab',
  'koma, "kutip"\nbaris baru',
  'Dana Desa — Rp 1.000,00 ✓',
]
function ticketRow(i, months = 6) {
  const month = i % months
  const year = 2020 + Math.floor(month / 12)
  const mm = String((month % 12) + 1).padStart(2, '0')
  const day = String((Math.floor(i / months) % 28) + 1).padStart(2, '0')
  const minute = (i * 7) % (24 * 60)
  const mi = String(minute % 60).padStart(2, '0')
  const localHour = 7 + (Math.floor(minute / 60) % 17)
  const row = {
    ticket_id: `T${String(i).padStart(8, '0')}`,
    channel: CHANNELS[i % 5],
    created_at: `${year}-${mm}-${day}T${String(localHour - 7).padStart(2, '0')}:${mi}:00.000Z`,
    created_local: `${year}-${mm}-${day} ${String(localHour).padStart(2, '0')}:${mi}:00`,
    period: `${year}-${mm}`,
    local_date: `${year}-${mm}-${day}`,
    local_weekday: 1 + (i % 7),
    local_minute: localHour * 60 + Number(mi),
    requester_type: ['pemda', 'kl', 'akademisi', 'lainnya'][i % 4],
    region: i % 3 === 0 ? 'Kab. Kediri' : null,
    province: i % 3 === 0 ? 'Jawa Timur' : null,
    zone: i % 3 === 0 ? 'WIB' : null,
    topic: TOPICS[i % 5],
    agent: `agen${i % 9}`,
    subject: `Pertanyaan ${i} tentang penyaluran dana`,
    body:
      i % 11 === 5
        ? TRICKY[i % 7]
        : `Isi tiket nomor ${i}: mohon penjelasan mengenai penyaluran dan pelaporan anggaran daerah tahun berjalan.`,
    requester_name: `Pemohon ${i}`,
    requester_email: `p${i}@example.go.id`,
    requester_phone: i % 5 === 0 ? '+628123456789' : '08123456789',
    status: 'closed',
    confidential: i % 7 === 3 ? 1 : 0,
    source: 'seed',
    source_row: i,
  }
  row.row_hash = crypto.createHash('sha256').update(JSON.stringify(row)).digest('hex')
  return row
}
async function seed(knex, count, months) {
  const cols = Object.keys(ticketRow(0))
  if (knex.client.config.client !== 'mysql2') {
    const {withSqliteHandle} = require(require('node:path').join(__dirname, '..', '..', '..', 'dist/src/store/dialect/sqlite'))
    await withSqliteHandle(knex, (db) => {
      const stmt = db.prepare(`INSERT INTO tickets (${cols.map((c) => `"${c}"`).join(',')}) VALUES (${cols.map(() => '?').join(',')})`)
      db.transaction(() => {
        for (let i = 0; i < count; i++) {
          const r = ticketRow(i, months)
          stmt.run(cols.map((c) => r[c]))
        }
      })()
    })
    return
  }
  let batch = []
  for (let i = 0; i < count; i++) {
    batch.push(ticketRow(i, months))
    if (batch.length === 5000) {
      await knex('tickets').insert(batch)
      batch = []
    }
  }
  if (batch.length) await knex('tickets').insert(batch)
}
module.exports = {seed, ticketRow}

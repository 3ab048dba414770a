import {createWriteStream} from 'node:fs'
import {once} from 'node:events'

const CHANNELS = ['whatsapp', 'whatsapp', 'whatsapp', 'email', 'phone', 'livechat', 'helpdesk']
const TYPES = ['pemda', 'pemda', 'pemda', 'pemda', 'kl', 'akademisi', 'lainnya']
const TOPICS = ['DAU', 'DBH', 'JFAKPD', 'Dana Desa', 'DAK Non Fisik', 'PDRD', 'DAK Fisik', 'Surat Masuk', 'Lainnya', 'Pengaduan']
const UNITS: Record<string, string> = {
  DAU: 'DTU',
  DBH: 'DTU',
  JFAKPD: 'P2D',
  'Dana Desa': 'DDIOKK',
  'DAK Non Fisik': 'DTK',
  PDRD: 'PDRD',
  'DAK Fisik': 'DTK',
  'Surat Masuk': 'Sekretariat',
  Lainnya: 'Sekretariat',
  Pengaduan: 'Sekretariat',
}
export const REGIONS = [
  'Kab. Kediri',
  'Kota Samarinda',
  'Prov. Sulawesi Utara',
  'DPRD Kota Pekanbaru',
  'BPKAD Prov. Papua',
  'Kab. Langkat',
  'Kota Kendari',
  '',
  'Kementerian Dalam Negeri',
]
const AGENTS = ['Linna', 'Hanna', 'Dian', 'Horas', 'Ronald']

/** A deterministic pseudo-random sequence (mulberry32), so every benchmark run sees the same data. */
function rng(seed: number): () => number {
  let a = seed
  return () => {
    a |= 0
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const pad = (n: number) => String(n).padStart(2, '0')

/** Write N register rows (CONTRACT §3.2) spread over 2023-01 … 2025-05, streamed to disk. */
export async function generateTickets(file: string, n: number): Promise<void> {
  const out = createWriteStream(file)
  const r = rng(20250630)
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)]
  out.write(
    'ticket_id,channel,created_at,requester_type,region,topic,agent,subject,body,requester_name,requester_email,requester_phone,status,escalated_unit,escalated_at,l2_responded_at,confidential\n',
  )
  const start = Date.UTC(2023, 0, 1)
  const span = Date.UTC(2025, 5, 1) - start
  for (let i = 0; i < n; i++) {
    const t = new Date(start + Math.floor((i / n) * span) + Math.floor(r() * 3_600_000))
    const topic = pick(TOPICS)
    const escalate = r() < 0.06
    const esc = new Date(t.getTime() + 3_600_000)
    const resp = new Date(esc.getTime() + Math.floor(r() * 5) * 86_400_000 + 7_200_000)
    const iso = (d: Date) => `${d.toISOString().slice(0, 19)}Z`
    const row = [
      `B${String(i + 1).padStart(8, '0')}`,
      pick(CHANNELS),
      `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}T${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}:${pad(t.getUTCSeconds())}Z`,
      pick(TYPES),
      pick(REGIONS),
      topic,
      pick(AGENTS),
      `Pertanyaan ${topic} nomor ${i + 1}`,
      `"Mohon informasi terkait ${topic} untuk tahun anggaran 2025, terima kasih."`,
      `Pengguna ${i + 1}`,
      `user${i + 1}@example.go.id`,
      `0812${String(i).padStart(8, '0')}`,
      pick(['open', 'resolved', 'closed']),
      escalate ? UNITS[topic] : '',
      escalate ? iso(esc) : '',
      escalate && r() < 0.9 ? iso(resp) : '',
      topic === 'Pengaduan' ? 'true' : 'false',
    ]
    if (!out.write(`${row.join(',')}\n`)) await once(out, 'drain')
  }
  out.end()
  await once(out, 'finish')
}

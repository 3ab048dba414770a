/**
 * Bahasa Indonesia labels of every workbook, one section per workbook, so builders hold no text.
 * `en.ts` has the same shape; a workbook added later adds its own section to both.
 */
export const id = {
  metrics: {
    sheets: {
      overview: 'Ringkasan', channels: 'Kanal', topics: 'Topik', users: 'Pengguna', hours: 'Zona & Jam Layanan',
      escalations: 'Eskalasi L2', satisfaction: 'Kepuasan', chatbot: 'Chatbot', visits: 'Tatap Muka & Vicon', data: 'Data', reconciliation: 'Rekonsiliasi',
    },
    titles: {
      overview: 'Ringkasan bulanan: perubahan dibanding bulan sebelumnya dan bulan yang sama tahun sebelumnya',
      channels: 'Tiket konsultasi per kanal', topics: 'Tiket per topik konsultasi', users: 'Tiket per jenis pengguna layanan',
      hours: 'Zona waktu pengguna dan tiket di luar jam layanan', escalations: 'Eskalasi ke Layer 2 per unit dan nilai capaian rata-rata',
      satisfaction: 'Kepuasan pengguna per agen (minimal 5 penilaian dari 5 pengguna berbeda)', chatbot: 'Sesi chatbot per menu',
      visits: 'Konsultasi tatap muka dan video conference', reconciliation: 'Rekonsiliasi angka terpublikasi dengan angka hasil hitung',
    },
    columns: {
      period: 'Periode', indicator: 'Indikator', value: 'Nilai', previous: 'Bulan sebelumnya', mom: 'Perubahan (bulan)', lastYear: 'Tahun sebelumnya',
      yoy: 'Perubahan (tahun)', total: 'Total', share: 'Porsi', topic: 'Topik', menu: 'Menu', unit: 'Unit L2', escalations: 'Tiket dieskalasi',
      unanswered: 'Belum ditanggapi', score: 'Capaian rata-rata', agent: 'Agen', satisfaction: 'Rata-rata kepuasan', responses: 'Penilaian',
      respondents: 'Pengguna berbeda', belowMinimum: 'Di bawah minimum', known: 'Zona diketahui', outside: 'Luar jam layanan',
      outsideZone: 'Luar jam', outsideEscalated: 'Luar jam & dieskalasi', outsideEscalatedShare: '% luar jam dieskalasi', visits: 'Tatap muka',
      guests: 'Jumlah tamu', vicon: 'Video conference', sessions: 'Sesi chatbot', published: 'Angka terpublikasi', computed: 'Angka hasil hitung',
      difference: 'Selisih', status: 'Status', metric: 'Metrik', dimension: 'Dimensi',
    },
    indicators: {
      'tickets.total': 'Tiket konsultasi', 'tickets.outside_hours': 'Tiket di luar jam layanan', 'escalations.total': 'Tiket dieskalasi ke L2',
      'chatbot.sessions': 'Pengguna chatbot', 'visits.total': 'Konsultasi tatap muka', 'visits.guests': 'Tamu tatap muka', 'vicon.total': 'Video conference',
    } as Record<string, string>,
    channels: {whatsapp: 'WhatsApp', email: 'Email', phone: 'Telepon', helpdesk: 'Help Desk', livechat: 'Live Chat'} as Record<string, string>,
    requesterTypes: {pemda: 'Pemda', kl: 'Kementerian/Lembaga', akademisi: 'Akademisi', lainnya: 'Lainnya'} as Record<string, string>,
    zones: {WIB: 'WIB', WITA: 'WITA', WIT: 'WIT', unknown: 'Tidak diketahui'} as Record<string, string>,
    yes: 'Ya', no: 'Tidak',
    status: {same: 'Sesuai', different: 'Berbeda', missing: 'Tidak ada dalam data'},
    charts: {
      channels: 'Tiket per kanal', total: 'Tiket konsultasi per bulan', hours: 'Tiket di luar jam layanan per zona',
      escalations: 'Tiket dieskalasi per unit L2', chatbot: 'Pengguna chatbot per bulan', visits: 'Tatap muka dan video conference',
      period: 'Periode', count: 'Jumlah', series: 'Seri',
    },
    noData: 'Tidak ada data pada rentang ini.',
  },
}

export type Labels = typeof id

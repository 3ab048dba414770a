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
  handover: {
    title: 'Buku Kerja Serah Terima — Konsolidasi Contact Center DJPK ke Kemenkeu Prime',
    sheets: {summary: 'Ringkasan', plan: 'Rencana', channels: 'Kanal', roles: 'Peran', routing: 'Alur Eskalasi', kms: 'KMS', reconciliation: 'Rekonsiliasi Tiket', artifacts: 'Artefak', signoff: 'Pengesahan', audit: 'Log Audit'},
    summary: {
      item: 'Butir', value: 'Nilai', cutover: 'Tanggal cutover', overall: 'Status keseluruhan', progress: 'Langkah selesai', store: 'State store',
      auditHead: 'Kepala rantai audit (SHA-256)', auditIntact: 'Rantai audit utuh', auditEntries: 'Jumlah entri audit', generatedAt: 'Dibuat pada (UTC)', generatedBy: 'Dibuat oleh', version: 'Versi prime-migrate',
      tickets: 'Tiket historis di store', archived: 'Tiket diarsipkan', faq: 'Artikel FAQ', kmsApproved: 'Artikel KMS disetujui', channelsClosed: 'Kanal ditutup', channelsKept: 'Kanal tetap dilayani',
      people: 'Orang dalam roster', artifacts: 'Artefak tercatat', signoffs: 'Pengesahan', statusDoneButThis: 'selesai (penyusunan buku kerja ini adalah langkah terakhir)', statusDone: 'selesai', statusOpen: 'belum selesai',
      note: 'Lembar ini dilindungi terhadap perubahan tidak sengaja. Semua angka berasal dari state store pada saat pembuatan.',
    },
    plan: {step: 'Langkah', stage: 'Tahap', kind: 'Jenis', title: 'Uraian', owner: 'Penanggung jawab', due: 'Tenggat', status: 'Status', actor: 'Oleh', at: 'Kapan (UTC)', note: 'Catatan', seed: 'Butir rencana konsolidasi'},
    channels: {channel: 'Kanal', contact: 'Titik kontak', decision: 'Keputusan', state: 'Keadaan', step: 'Langkah', status: 'Status', actor: 'Oleh', at: 'Kapan (UTC)', evidence: 'Bukti', evidenceSha: 'SHA-256 bukti', note: 'Catatan', continues: 'Layanan yang berlanjut'},
    roles: {person: 'Nama', id: 'ID', unit: 'Unit', before: 'Peran sebelum', after: 'Peran sesudah', sme: 'SME untuk topik', kms: 'Kontributor KMS'},
    routing: {topic: 'Topik', l1: 'L1 (Kemenkeu Prime)', l2: 'L2 (agen DJPK)', l3: 'L3 (tim unit eselon II)', account: 'Akun Deskpro', smes: 'SME'},
    kms: {id: 'ID artikel', no: 'No FAQ', topic: 'Topik', category: 'Kategori KMS', decision: 'Keputusan', reviewer: 'Reviewer', reviewedAt: 'Tanggal reviu', reason: 'Alasan / komentar', hash: 'Hash konten', exported: 'Diekspor'},
    reconciliation: {month: 'Bulan', channel: 'Kanal', source: 'Tiket di store', exported: 'Diekspor', excluded: 'Dikecualikan', reasons: 'Alasan pengecualian', balanced: 'Seimbang'},
    artifacts: {kind: 'Jenis', path: 'Berkas', sha256: 'SHA-256', bytes: 'Ukuran (byte)', rows: 'Baris', at: 'Dibuat (UTC)', actor: 'Oleh'},
    signoff: {role: 'Peran', name: 'Nama', organisation: 'Organisasi', statement: 'Pernyataan', at: 'Tanggal (UTC)', actor: 'Dicatat oleh', missing: 'BELUM DISAHKAN'},
    audit: {id: 'No', at: 'Waktu (UTC)', actor: 'Pelaku', command: 'Perintah', action: 'Tindakan', details: 'Rincian', hash: 'Hash'},
    yes: 'ya', no: 'tidak', truncated: ' …[dipotong: teks melebihi batas sel Excel]',
  }
}

export type Labels = typeof id

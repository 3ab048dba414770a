import {formatNumber} from '../format'

const n = (x: number) => formatNumber(x, 'id')

/** What the commands themselves say when they finish. */
export const commands = {
  reviewWritten: (p: {path: string; articles: number; flagged: number; workbook_id: string}) =>
    `Buku kerja reviu ${p.path}: ${n(p.articles)} artikel, ${n(p.flagged)} ditandai (ID ${p.workbook_id}).`,
  unmappedTopic: (p: {topic: string; articles: number; reason: string}) =>
    `  topik tanpa kategori KMS: ${p.topic} (${n(p.articles)} artikel) — ${p.reason}`,
  kmsExported: (p: {out: string; exported: number; exclude: number; revise: number; notFinal: number}) =>
    `Paket KMS di ${p.out}: ${n(p.exported)} artikel diekspor; ${n(p.exclude)} dikecualikan, ${n(p.revise)} perlu direvisi, ${n(p.notFinal)} belum final (lihat manifest.json).`,
  reviewApplied: (p: {applied: number; unchanged: number; rejected: number; skipped: number}) =>
    `${n(p.applied)} keputusan diterapkan, ${n(p.unchanged)} tidak berubah, ${n(p.rejected)} baris ditolak, ${n(p.skipped)} baris belum diputuskan.`,
  rejectedTitle: 'Baris yang ditolak:',
  rejectedColumns: ['baris', 'ID', 'alasan'],
  archiveVerified: (p: {out_dir: string; files: number; rows: number}) =>
    `Arsip ${p.out_dir} terverifikasi: ${n(p.files)} berkas, ${n(p.rows)} tiket cocok dengan store.`,
  confidentialQuestion: 'Sertakan data pemohon dan isi pengaduan rahasia dalam arsip? Tindakan ini dicatat di log audit.',
  confidentialWhat: '--include-confidential (pengaduan rahasia diekspor beserta pemohon dan isinya)',
  archiveExported: (p: {out_dir: string; files: number; exported: number; excluded: number; redacted: number; kept?: number}) =>
    `Arsip ${p.out_dir}: ${n(p.files)} berkas, ${n(p.exported)} tiket diekspor, ${n(p.excluded)} dikecualikan, ${n(p.redacted)} dirahasiakan${p.kept !== undefined ? ` (dilanjutkan; ${n(p.kept)} bulan sudah ada)` : ''}.`,
  handoverWritten: (p: {file: string; sheets: number; head: string}) =>
    `Buku kerja serah terima ditulis: ${p.file} (${n(p.sheets)} lembar, kepala rantai audit ${p.head}…)`,
  auditBroken: 'rantai audit TIDAK utuh: jalankan `prime-migrate audit verify` untuk rinciannya',
  truncated: (p: {cells: number}) => `${n(p.cells)} sel teks dipotong ke 32.767 karakter (batas Excel)`,
  nothingToWrite: 'tidak ada yang ditulis',
  nothingToWriteFix: 'berikan --out FILE.xlsx untuk buku kerja, atau --json untuk barisnya',
  metricsWritten: (p: {file: string; rows: number; sheets: number; charts: number}) =>
    `Buku kerja metrik ditulis: ${p.file} (${n(p.rows)} baris data, ${n(p.sheets)} lembar, ${n(p.charts)} grafik)`,
  reconciled: (p: {compared: number; differences: number; missing: number}) =>
    `Rekonsiliasi: ${n(p.compared)} angka terpublikasi dibandingkan, ${n(p.differences)} berbeda, ${n(p.missing)} tidak ada dalam data`,
  flagged: (p: {period: string; metric: string; dimension?: string; published: string; computed: string}) =>
    `  ${p.period} ${p.metric}${p.dimension ? ` [${p.dimension}]` : ''}: terpublikasi ${p.published}, hasil hitung ${p.computed}`,
  rolesNotMapped: 'Peran belum dipetakan: jalankan `prime-migrate roles map`.',
  rolesRecorded: (p: {people: number; sme: number; routing: number; actor: string}) =>
    `\nDicatat: ${n(p.people)} perubahan peran, ${n(p.sme)} perubahan SME, ${n(p.routing)} perubahan rute (oleh ${p.actor}).`,
  smeMissing: (p: {topics: string[]}) => `peran sudah dipetakan, tetapi ${n(p.topics.length)} topik belum ber-SME: ${p.topics.join(', ')}`,
  smeMissingFix:
    'tulis kode topik (dipisah ;) di kolom sme pegawai L1/L2 DJPK pada roster, `prime-migrate import roster FILE.csv`, lalu `prime-migrate roles map` lagi',
  stepChanged: (p: {channel: string; step: string; from: string; to: string; actor: string; at: string; evidence?: string; sha?: string}) =>
    `${p.channel} ${p.step}: ${p.from} → ${p.to} (oleh ${p.actor}, ${p.at})${p.sha ? `\n  bukti ${p.evidence} sha256 ${p.sha}` : ''}`,
  stepUnchanged: (p: {channel: string; step: string; status: string}) => `${p.channel} ${p.step}: sudah ${p.status}, tidak ada perubahan`,
  channelClosed: (p: {channel: string}) => `Kanal ${p.channel} TERTUTUP: semua langkah selesai.`,
  openItems: (p: {steps: string[]}) => `Langkah terbuka: ${p.steps.join(', ')}`,
  checklistCannotAsk: (p: {why: 'json' | 'yes' | 'tty'}) =>
    `channels checklist mengajukan pertanyaan, dan ${{json: '--json diberikan', yes: '--yes diberikan', tty: 'tidak ada terminal untuk bertanya (stdin atau stdout bukan TTY)'}[p.why]}`,
  checklistCannotAskFix:
    'catat setiap langkah tanpa pertanyaan: prime-migrate channels check CHANNEL STEP --status done|in_progress|blocked|skipped [--evidence TEXT|URL|FILE] [--note TEXT]',
}

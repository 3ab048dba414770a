import {formatNumber} from '../format'

const n = (x: number) => formatNumber(x, 'id')

/** What the plan's steps note when they run and what their gates wait on, as `run` and `status` show them. */
export const steps = {
  waiting: (p: {on: string}) => `menunggu ${p.on}`,
  unavailable: (p: {step: string; title: string}) => `${p.step}: ${p.title}: versi prime-migrate ini belum dapat mengerjakan langkah ini`,
  unavailableFix: 'kerjakan secara manual lalu catat, atau perbarui prime-migrate',
  unavailableNote: 'kemampuan untuk langkah ini belum tersedia pada versi ini',
  redoNote: 'diulang atas permintaan (--redo)',
  contributors: (p: {count: number}) => `${n(p.count)} agen kontributor KMS tercatat`,
  noContributors: 'roster belum menandai agen kontributor KMS (kolom kms_contributor)',
  unknownStage: (p: {stage: string}) => `tahap "${p.stage}" tidak dikenal`,
  useOneOf: (p: {options: readonly string[]}) => `gunakan salah satu dari: ${p.options.join(', ')}`,
  noSuchStep: (p: {id: string}) => `--redo ${p.id}: langkah itu tidak ada`,
  noSuchStepFix: 'jalankan `prime-migrate plan` untuk melihat id langkah',
  onlyAuto: (p: {id: string}) => `--redo ${p.id}: hanya langkah otomatis yang dapat diulang`,
  onlyAutoFix: (p: {id: string; kind: string}) => `${p.id} berjenis ${p.kind}; ubah hal yang ditunggunya`,
  registers: {faq: 'FAQ', tickets: 'tiket', roster: 'roster'} as Record<string, string>,
  ticketsCommand: 'prime-migrate import tickets FILE.csv (atau --deskpro mysql://…)',
  sourcesMissing: (p: {labels: string[]}) => `Tim Contact Center DJPK: muat register ${p.labels.join(', ')}`,
  sourcesLoaded: 'register sudah dimuat',
  mappingsValid: 'semua berkas pemetaan valid',
  rolesMapped: (p: {people: number; levels: string; routed: number; sme: number; uncovered: number}) =>
    `${n(p.people)} orang dipetakan (${p.levels}); ${n(p.routed)} topik dirutekan; ${n(p.sme)} penugasan SME${p.uncovered ? `; ${n(p.uncovered)} topik belum ber-SME` : ''}`,
  rolesNotMapped: 'Ketua Proyek Konsolidasi: peran belum dipetakan',
  smeCovered: (p: {assignments: number}) => `setiap topik memiliki SME (${n(p.assignments)} penugasan)`,
  smeMissing: (p: {topics: string[]}) => `Koordinator SME: tunjuk SME untuk ${n(p.topics.length)} topik: ${p.topics.join(', ')}`,
  smeClear:
    'isi kolom sme (kode topik dipisah ;) bagi pegawai DJPK di roster, lalu `prime-migrate import roster FILE.csv` dan `prime-migrate roles map`',
  channelClosed: (p: {code: string}) => `kanal ${p.code} tertutup: semua langkah selesai`,
  reviewWritten: (p: {path: string}) => `buku kerja reviu ditulis: ${p.path}`,
  reviewNote: (p: {articles: number; flagged: number; unmapped: number; path: string}) =>
    `${n(p.articles)} artikel, ${n(p.flagged)} ditandai, ${n(p.unmapped)} topik tanpa kategori; ${p.path}`,
  reviewDone: (p: {articles: number; approve: number; exclude: number}) =>
    `semua ${n(p.articles)} artikel sudah diputuskan SME (${n(p.approve)} disetujui, ${n(p.exclude)} dikecualikan)`,
  reviewPending: (p: {pending: number; articles: number; undecided: number; revise: number; stale: number}) =>
    `Koordinator SME: ${n(p.pending)} dari ${n(p.articles)} artikel belum final (${n(p.undecided)} belum diputuskan, ${n(p.revise)} perlu direvisi, ${n(p.stale)} berubah setelah direviu)`,
  kmsExported: (p: {exported: number; out: string; exclude: number}) =>
    `${n(p.exported)} artikel diekspor ke ${p.out} (${n(p.exclude)} dikecualikan)`,
  kmsFileWritten: (p: {path: string}) => `${p.path} ditulis`,
  ticketsExported: (p: {files: number; exported: number; excluded: number; redacted: number}) =>
    `${n(p.files)} berkas bulanan, ${n(p.exported)} tiket diekspor, ${n(p.excluded)} dikecualikan, ${n(p.redacted)} dirahasiakan`,
  ticketsResumed: (p: {id: number; out: string}) => `melanjutkan ekspor #${p.id} ke ${p.out}`,
  ticketsWriting: (p: {period: string; file: string}) => `${p.period}: menulis ${p.file}`,
  ticketsVerified: (p: {files: number; rows: number}) => `arsip terverifikasi: ${n(p.files)} berkas, ${n(p.rows)} tiket cocok dengan store`,
  metricsComputing: 'menghitung metrik historis',
  metricsBuilt: (p: {file: string; rows: number; charts: number; note: string}) =>
    `${p.file}: ${n(p.rows)} baris, ${n(p.charts)} grafik; ${p.note}`,
  handoverBuilt: (p: {file: string}) => `buku kerja serah terima: ${p.file}`,
}

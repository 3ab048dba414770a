import {formatNumber} from '../format'

/** The walk-through (`prime-migrate demo`): what it says: the fixtures it loads, what it produced and where. */
export const walkthrough = {
  loads: {
    faq: 'FAQ',
    tickets: 'Tiket',
    roster: 'Roster',
    survey: 'Survei kepuasan',
    chatbot: 'Chatbot',
    visits: 'Konsultasi tatap muka',
    vicon: 'Konferensi video',
    published: 'Angka terpublikasi untuk rekonsiliasi metrik',
  },
  loaded: (p: {read: number; loaded: number; updated: number; unchanged: number; rejected: number}) =>
    `${formatNumber(p.read, 'id')} dibaca, ${formatNumber(p.loaded, 'id')} dimuat, ${formatNumber(p.updated, 'id')} diperbarui, ${formatNumber(p.unchanged, 'id')} tidak berubah, ${formatNumber(p.rejected, 'id')} ditolak`,
  missingFile: (p: {file: string}) => `dilewati: ${p.file} tidak ada`,
  noTicketFiles: (p: {dir: string}) => `dilewati: tidak ada berkas tiket di ${p.dir}`,
  noPublished: 'tidak ada fixtures/published/figures.csv; metrik tanpa rekonsiliasi',
  outputs: {
    store: 'state store',
    kms: 'paket KMS',
    archive: 'arsip tiket',
    metrics: 'buku kerja metrik',
    draft: 'draf serah terima',
    handover: 'buku kerja serah terima',
  },
  finished: (p: {out: string}) => `\nDemo selesai. Hasilnya di ${p.out}:`,
  stopped: (p: {reason: string}) => `  berhenti: ${p.reason}`,
  verify: (p: {store: string}) => `\nPeriksa jejak audit: prime-migrate audit verify --db ${p.store}`,
  folderInUse: (p: {out: string}) => `${p.out} sudah ada dan berisi berkas`,
  folderInUseFix: 'tambahkan --force untuk menggantinya, atau pilih folder lain dengan --out',
  round: (p: {round: number; applied: number; rejected: number}) =>
    `putaran ${p.round}: ${formatNumber(p.applied, 'id')} keputusan diterapkan, ${formatNumber(p.rejected, 'id')} ditolak`,
}

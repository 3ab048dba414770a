import {formatNumber} from '../format'

const n = (x: number) => formatNumber(x, 'id')

/** What an import shows as it reads and what it sums up afterwards. */
export const imports = {
  title: (p: {register: string}) =>
    `Impor ${({faq: 'FAQ', tickets: 'tiket', roster: 'roster', survey: 'survei', chatbot: 'chatbot', visits: 'tatap muka', vicon: 'vicon'} as Record<string, string>)[p.register] ?? p.register}`,
  reading: (p: {read: number; rowsPerSecond: number}) => `${n(p.read)} baris (${n(p.rowsPerSecond)} baris/detik)`,
  readDone: (p: {read: number}) => `${n(p.read)} baris dibaca`,
  summary: (p: {read: number; loaded: number; updated: number; unchanged: number; rejected: number; excluded?: number}) =>
    `${n(p.read)} baris dibaca: ${n(p.loaded)} dimuat, ${n(p.updated)} diperbarui, ${n(p.unchanged)} tidak berubah, ${n(p.rejected)} ditolak${p.excluded !== undefined ? `; ${n(p.excluded)} dikecualikan` : ''}`,
  rejectsFile: (p: {file: string}) => `Baris yang ditolak (baris, kolom, alasan): ${p.file}`,
  fileOrDeskpro: 'berikan berkas atau --deskpro, jangan keduanya',
  fileOrDeskproFix: 'impor berkas: import tickets FILE; atau baca Deskpro: import tickets --deskpro URL',
  nothing: 'tidak ada yang diimpor: berikan berkas tiket atau --deskpro URL',
  nothingFix: 'prime-migrate import tickets FILE, atau prime-migrate import tickets --deskpro mysql://…',
  batchFailed: (p: {register: string; table: string; read: number; reason: string}) =>
    `memuat ${p.register} ke tabel ${p.table} gagal pada batch yang berakhir di baris ke-${n(p.read)} yang dibaca: ${p.reason}`,
  batchFailedFix: 'baris sebelum batch itu sudah dimuat; impor berkas yang sama lagi untuk melanjutkan dengan aman',
}

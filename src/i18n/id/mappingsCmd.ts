import {formatNumber} from '../format'

/** `mappings unresolved` and `mappings apply`: the worklist of region texts and the decisions read back from it. */
export const mappingsCmd = {
  rederived: (p: {tickets: number; visits: number; vicon: number}) =>
    `dihitung ulang dengan pemetaan dan keputusan yang berlaku: ${formatNumber(p.tickets, 'id')} tiket, ${formatNumber(p.visits, 'id')} tatap muka, ${formatNumber(p.vicon, 'id')} vicon`,
  none: 'Semua teks wilayah yang tersimpan dikenali atau sudah diputuskan.',
  summary: (p: {values: number; rows: number}) =>
    `${formatNumber(p.values, 'id')} teks wilayah belum dikenali, dipakai ${formatNumber(p.rows, 'id')} baris tersimpan:`,
  columns: {value: 'teks wilayah', why: 'alasan', rows: 'baris', candidates: 'kandidat terbaik'},
  more: (p: {n: number}) => `… dan ${formatNumber(p.n, 'id')} teks lain (lengkapnya dengan --out atau --json)`,
  written: (p: {path: string; values: number; id: string}) =>
    `Daftar kerja ${p.path}: ${formatNumber(p.values, 'id')} teks wilayah (ID ${p.id}). Setelah diisi: prime-migrate mappings apply ${p.path}`,
  applied: (p: {decided: number; unchanged: number; rejected: number; skipped: number}) =>
    `${formatNumber(p.decided, 'id')} keputusan dicatat, ${formatNumber(p.unchanged, 'id')} tidak berubah, ${formatNumber(p.rejected, 'id')} baris ditolak, ${formatNumber(p.skipped, 'id')} baris belum diputuskan.`,
  rejectedTitle: 'Baris yang ditolak:',
  rejectedColumns: {row: 'baris', value: 'teks wilayah', reason: 'alasan'},
  lockedChanged: (p: {column: string}) =>
    `kolom ${p.column} atau kunci tersembunyinya diubah (kolom terkunci): buat daftar kerja baru dengan prime-migrate mappings unresolved --out`,
  commentWithoutDecision: (p: {decision: string; other: string}) => `catatan diisi tanpa keputusan: isi ${p.decision} atau ${p.other}`,
  bothFilled: (p: {decision: string; other: string}) => `${p.decision} dan ${p.other} sama-sama diisi: isi salah satu saja`,
  repeated: (p: {value: string}) => `"${p.value}" muncul lebih dari sekali di buku kerja ini; hanya baris pertamanya yang dipakai`,
  unknownChoice: (p: {value: string; column: string}) =>
    `${p.column} "${p.value}" bukan salah satu pilihan: pilih dari daftar (kandidat, bukan_wilayah, atau wilayah di lembar Daftar Wilayah)`,
  notFound: (p: {path: string}) => `${p.path} tidak ada`,
  notFoundFix: 'berikan daftar kerja buatan `prime-migrate mappings unresolved --out FILE.xlsx` yang sudah diisi',
  unreadable: (p: {path: string; reason: string}) => `${p.path} bukan buku kerja xlsx yang dapat dibaca: ${p.reason}`,
  unreadableFix: 'simpan sebagai .xlsx (Excel Workbook) lalu coba lagi',
  notWorklist: (p: {path: string}) => `${p.path} bukan daftar kerja wilayah (tidak ada lembar daftar kerja atau ID buku kerja)`,
  headerMovedFix:
    'jangan menyisipkan, memindahkan atau menghapus kolom; buat daftar kerja baru dengan `prime-migrate mappings unresolved --out FILE.xlsx`',
}

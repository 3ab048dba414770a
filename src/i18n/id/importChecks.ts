import {formatNumber} from '../format'

/** What an import says about a file as a whole, and the roster's `sme` column. */
export const importChecks = {
  allRejected: (p: {file: string; read: number; field: string; rows: number; row: number; reason: string}) =>
    `semua ${formatNumber(p.read, 'id')} baris ${p.file} ditolak, tidak ada yang dimuat; alasan terbanyak ada di kolom ${p.field} (${formatNumber(p.rows, 'id')} baris), misalnya baris ${p.row}: ${p.reason}`,
  allRejectedFix: (p: {rejects: string}) =>
    `perbaiki berkas menurut alasan itu (semua baris yang ditolak dan alasannya: ${p.rejects}), lalu impor lagi`,
  smeUnitWithoutTopics: (p: {value: string; unit: string; units: string}) =>
    `"${p.value}" berarti SME untuk topik unitnya, tetapi unit "${p.unit}" tidak menangani topik apa pun di mappings/topics.yaml (l3_unit yang ada: ${p.units}); tulis kode topik dipisah ";" atau perbaiki unit`,
  smeWithoutUnit: (p: {value: string}) =>
    `"${p.value}" berarti SME untuk topik unitnya, tetapi kolom unit kosong; isi unit atau tulis kode topik dipisah ";"`,
}

/** What a person reads about the files they name: missing, unreadable, of the wrong kind, already there. */
export const files = {
  notAFile: (p: {file: string}) => `${p.file} bukan berkas`,
  notAFileFix: 'berikan path berkas yang akan diimpor',
  missing: (p: {file: string}) => `${p.file} tidak ada`,
  missingFix: 'periksa path dan nama berkasnya',
  unreadable: (p: {file: string; why: string}) => `${p.file} tidak dapat dibaca (${p.why})`,
  unreadableFix: 'periksa bahwa berkas itu ada dan Anda berhak membacanya',
  empty: (p: {file: string}) => `${p.file} kosong`,
  emptyFix: 'ekspor register itu lagi; sebuah berkas setidaknya berisi baris header',
  oldXls: (p: {file: string}) => `${p.file} adalah buku kerja .xls lama`,
  oldXlsFix: 'simpan sebagai .xlsx (Excel Workbook) atau CSV UTF-8',
  kindRefused: (p: {file: string; kind: string}) => `${p.file}: berkas ${p.kind} tidak diterima di sini`,
  kindRefusedFix: (p: {allow: string[]}) => `berikan berkas ${p.allow.join(' atau ')}`,
  sheetNotXlsx: (p: {file: string; kind: string}) => `--sheet hanya berlaku untuk buku kerja .xlsx, sedangkan ${p.file} berjenis ${p.kind}`,
  sheetNotXlsxFix: 'hapus --sheet, atau berikan buku kerja .xlsx',
  outExists: (p: {path: string}) => `--out ${p.path} sudah ada`,
  outExistsFix: 'tambahkan --force untuk menggantinya, atau pilih berkas lain dengan --out',
}

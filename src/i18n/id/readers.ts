/** What the readers of input files, `--out` paths and the store file say about what they refuse. */
export const readers = {
  sheetLabel: (p: {file: string; sheet: string}) => `${p.file} (lembar "${p.sheet}")`,
  badLimit: (p: {name: string; value: string}) => `${p.name}="${p.value}" bukan batas yang sah: harus berupa bilangan positif`,
  badLimitFix: (p: {name: string; fallback: string}) => `beri ${p.name} bilangan positif (bawaan ${p.fallback}), atau kosongkan`,

  lineTooLong: (p: {limit: string; env: string}) =>
    `lebih panjang dari batas ${p.limit} per baris (${p.env}); baris ini dilewati, baris lain tetap dimuat`,
  recordTooLong: (p: {limit: string; env: string}) =>
    `lebih panjang dari batas ${p.limit} per baris (${p.env}); periksa tanda kutip yang tidak ditutup, atau naikkan ${p.env} bila baris sepanjang itu memang benar`,
  jsonTooDeep: (p: {limit: number; env: string}) =>
    `bersarang lebih dari ${p.limit} tingkat (${p.env}); sebuah register menyimpan nilai datar, bukan struktur sedalam itu`,
  notJson: (p: {detail: string}) => `bukan JSON yang sah: ${p.detail}`,
  notJsonObject: 'bukan objek JSON ({"kolom": "nilai", …})',

  headerTooLong: (p: {file: string; limit: string; env: string}) =>
    `baris judul ${p.file} lebih panjang dari batas ${p.limit} (${p.env}); berkas ini bukan CSV register yang utuh`,
  headerTooLongFix: 'ekspor ulang register sebagai CSV UTF-8 dengan satu baris judul; tidak ada yang dimuat',
  csvNoHeader: (p: {file: string}) => `${p.file} tidak punya baris judul`,
  csvNoHeaderFix: 'baris pertama harus menamai kolom, mis. ticket_id,channel,created_at,…',
  csvSeparator: (p: {file: string; sep: string}) => `${p.file} memisahkan kolom dengan "${p.sep}", bukan ","`,
  csvSeparatorFix: 'ekspor sebagai CSV berpemisah koma (Excel: "CSV UTF-8 (Comma delimited)"); tidak ada yang dimuat',
  csvQuote: {
    MissingQuotes: 'sebuah kolom bertanda kutip tidak pernah ditutup',
    InvalidQuotes: 'ada teks setelah tanda kutip penutup sebuah kolom',
  },
  csvUnreadable: (p: {problem: string}) => `tidak dapat dibaca sebagai CSV: ${p.problem}; tanda kutip di dalam kolom ditulis dua kali ("")`,
  csvFieldCount: (p: {fields: number; width: number}) =>
    `berisi ${p.fields} kolom, padahal baris judul ${p.width}; periksa koma yang tidak dikutip`,

  notWorkbook: (p: {file: string; detail: string}) => `${p.file} bukan workbook .xlsx yang dapat dibaca (${p.detail})`,
  notWorkbookFix:
    'buka di Excel atau LibreOffice lalu simpan ulang sebagai .xlsx, atau ekspor lembarnya sebagai CSV UTF-8; tidak ada yang dimuat',
  noSheets: (p: {file: string}) => `${p.file} tidak punya lembar kerja`,
  noSheetsFix: 'ekspor ulang workbook-nya',
  noSheet: (p: {file: string; sheet: string; names: string}) => `${p.file} tidak punya lembar "${p.sheet}"; lembarnya: ${p.names}`,
  noSheetFix: 'berikan --sheet dengan salah satu nama itu; tidak ada yang dimuat',
  headerEmpty: (p: {file: string; sheet: string}) => `${p.file}, lembar "${p.sheet}": baris 1 kosong; baris itu harus berisi nama kolom`,
  headerEmptyFix: 'letakkan baris judul (No, Topik, Pertanyaan, Jawaban, …) di baris 1',
  tooManyCells: (p: {file: string; sheet: string; limit: string; env: string}) =>
    `${p.file}, lembar "${p.sheet}": lebih dari ${p.limit} sel (${p.env}); pembacaan dihentikan, tidak ada yang dimuat`,
  tooManyCellsFix: (p: {env: string}) =>
    `hapus baris dan kolom kosong yang terformat (Ctrl+End di Excel menunjukkan sel terakhir yang dipakai) lalu simpan ulang, ekspor lembarnya sebagai CSV UTF-8, atau naikkan ${p.env} bila lembarnya memang sebesar itu`,
  outExists: (p: {path: string}) => `--out ${p.path} sudah ada`,
  outExistsFix: 'tambahkan --force untuk menggantinya, atau pilih berkas lain dengan --out',
  outSymlink: (p: {path: string; target: string}) =>
    `--out ${p.path} adalah symlink (ke ${p.target}); prime-migrate tidak menulis melalui symlink`,
  outSymlinkFix: 'berikan path berkas atau folder yang sebenarnya dengan --out',
  outFolderNotFile: (p: {path: string}) => `--out ${p.path} adalah folder, padahal perintah ini menulis sebuah berkas`,
  outNotRegular: (p: {path: string}) => `--out ${p.path} bukan berkas biasa (perangkat, FIFO atau soket)`,
  outFolderNotFileFix: 'berikan path berkas yang akan ditulis, mis. --out laporan/hasil.xlsx',
  outFileNotFolder: (p: {path: string}) => `--out ${p.path} adalah berkas, padahal perintah ini menulis sebuah folder`,
  outFileNotFolderFix: 'berikan folder (yang belum ada, atau kosong) dengan --out',
  outParentNotFolder: (p: {path: string; parent: string}) => `--out ${p.path} tidak dapat dibuat: ${p.parent} adalah berkas, bukan folder`,
  outParentNotFolderFix: 'pilih path di dalam folder yang ada dengan --out',
  storeCorrupt: (p: {file: string; detail: string}) => `berkas state store ${p.file} rusak atau bukan basis data SQLite (${p.detail})`,
  storeCorruptFix: (p: {file: string}) =>
    `pulihkan ${p.file} dari cadangan terakhir (salin berkas cadangan ke path itu), lalu jalankan prime-migrate audit verify; jangan menjalankan init di atasnya`,
}

/** What `audit verify` and `tickets verify` say when the record and the files disagree (issue #19). */
export const ledger = {
  // The chain
  entryMissing: (p: {expected: number; next: number}) => `entri ${p.expected} hilang (entri berikutnya ${p.next})`,
  entryRelinked: 'prev_hash-nya tidak cocok dengan entri sebelumnya (ada entri yang dihapus atau diurutkan ulang)',
  entryEdited: 'isinya tidak cocok dengan hash-nya (entri diubah)',
  tailCut: (p: {entries: number; head: number}) =>
    `log berakhir di entri ${p.entries} padahal entri ${p.head} tercatat sebagai kepalanya (entri di ujung dihapus)`,
  firstBadEntry: (p: {id: number; reason: string}) => `entri audit ${p.id} adalah yang pertama rusak: ${p.reason}`,
  // State tables against the digests the chain recorded
  tableDiffers: (p: {table: string; rows: number; recordedRows: number; entry: number}) =>
    `tabel ${p.table} berbeda dari digest yang dicatat entri audit ${p.entry} (kini ${p.rows} baris, tercatat ${p.recordedRows}): ada baris yang diubah, ditambah atau dihapus di luar prime-migrate`,
  tableNeverRecorded: (p: {table: string; rows: number}) =>
    `tabel ${p.table} berisi ${p.rows} baris yang tidak pernah dicatat rantai audit: baris ditambahkan di luar prime-migrate`,
  // Artifacts, from the chain's own artifact.recorded entries
  artifactMissing: (p: {path: string; kind: string; entry: number}) =>
    `berkas ${p.path} (${p.kind}, dicatat entri audit ${p.entry}) hilang`,
  artifactChanged: (p: {
    path: string
    kind: string
    entry: number
    sha256: string
    recorded: string
    bytes: number
    recordedBytes: number
  }) =>
    `berkas ${p.path} (${p.kind}) berubah: sha256 ${p.sha256}, entri audit ${p.entry} mencatat ${p.recorded}${p.bytes === p.recordedBytes ? '' : ` (ukuran ${p.bytes}, tercatat ${p.recordedBytes})`}`,
  // Heads anchored in the folders the tool wrote
  anchorAhead: (p: {file: string; entry: number; entries: number}) =>
    `${p.file} mencatat berkas dibuat pada entri audit ${p.entry}, tetapi log berakhir di entri ${p.entries}: entri di ujung log dihapus`,
  anchorUnknown: (p: {file: string; entry: number}) =>
    `${p.file} mencatat berkas dibuat pada entri audit ${p.entry}, tetapi entri itu di log bukan yang tercatat: log ditulis ulang`,
  anchorUnreadable: (p: {file: string}) => `${p.file} tidak terbaca sebagai penanda kepala log: berkas rusak atau diubah`,
  verifyFailed: (p: {lines: string[]}) => `verifikasi gagal:\n  ${p.lines.join('\n  ')}`,
  verified: (p: {entries: string; head: string; tables: string; artifacts: string}) =>
    `Rantai audit utuh: ${p.entries} entri, kepala ${p.head}. ${p.tables} tabel dan ${p.artifacts} artefak diperiksa, semuanya cocok.`,
  // tickets verify
  archiveFailed: (p: {dir: string; problems: string[]}) => `arsip tiket di ${p.dir} tidak lolos verifikasi:\n  ${p.problems.join('\n  ')}`,
  manifestMissing: (p: {file: string}) => `${p.file} tidak ada: bukan arsip tiket yang selesai`,
  manifestInvalid: (p: {file: string}) => `${p.file} bukan JSON yang sah`,
  sumsMissing: (p: {file: string}) => `${p.file} tidak ada`,
  fileMissing: (p: {file: string}) => `${p.file}: berkas hilang`,
  fileVsManifest: (p: {file: string; what: string; actual: string; manifest: string}) =>
    `${p.file}: ${p.what} ${p.actual}, manifest mencatat ${p.manifest}`,
  fileVsStore: (p: {file: string; sha256: string; recorded: string}) =>
    `${p.file}: sha256 ${p.sha256}, store mencatat ${p.recorded} saat berkas ditulis (berkas diubah, walau manifest dan SHA256SUMS mungkin ditulis ulang agar cocok)`,
  fileNotRecorded: (p: {file: string}) => `${p.file}: store tidak pernah mencatat berkas ini ditulis oleh ekspor ini`,
  sumsVsManifest: (p: {file: string; sums: string; manifest: string}) => `${p.file}: SHA256SUMS mencatat ${p.sums}, manifest ${p.manifest}`,
  sumsExtra: (p: {file: string}) => `SHA256SUMS mencantumkan ${p.file}, yang tidak ada di manifest`,
  notInManifest: (p: {file: string}) => `${p.file}: tidak ada di manifest`,
  lineUnreadable: (p: {file: string; line: number}) => `${p.file} baris ${p.line}: baris rusak, tidak terbaca sebagai rekaman tiket`,
  rowVsStore: (p: {file: string; line: number; ticket: string}) =>
    `${p.file} baris ${p.line}: tiket ${p.ticket} di berkas berbeda dari yang disimpan store`,
  rowNotInStore: (p: {file: string; line: number; ticket: string}) => `${p.file} baris ${p.line}: tiket ${p.ticket} tidak ada di store`,
  rowMissingFromFile: (p: {file: string; ticket: string}) => `${p.file}: tiket ${p.ticket} ada di store tetapi tidak di berkas`,
  moreRowProblems: (p: {file: string; count: number}) => `${p.file}: dan ${p.count} masalah baris lainnya`,
  rowHashStale: (p: {ticket: string}) =>
    `tiket ${p.ticket}: isinya di store tidak cocok dengan row_hash-nya (baris diubah di luar prime-migrate)`,
  rowsVsManifest: (p: {file: string; rows: number; manifest: number}) => `${p.file}: ${p.rows} baris, manifest mencatat ${p.manifest}`,
  storeNone: (p: {key: string; rows: number}) => `${p.key}: store menyimpan ${p.rows} tiket, manifest tidak mencatat satu pun`,
  sourceDiffers: (p: {key: string; rows: number; manifest: number}) =>
    `${p.key}: store menyimpan ${p.rows} tiket, sumber di manifest ${p.manifest}`,
  exportedDiffers: (p: {key: string; rows: number; manifest: number}) =>
    `${p.key}: berkas berisi ${p.rows} baris, manifest mencatat diekspor ${p.manifest}`,
  unbalanced: (p: {key: string; rows: number; file: number; excluded: number}) =>
    `${p.key}: store ${p.rows} ≠ berkas ${p.file} + dikecualikan ${p.excluded}`,
  manifestOnly: (p: {key: string; rows: number}) => `${p.key}: manifest menghitung ${p.rows} tiket, store tidak menyimpan satu pun`,
  storeChanged: (p: {now: string; manifest: string}) =>
    `tiket di store berubah sejak arsip dibuat (tanda tangan ${p.now}…, manifest ${p.manifest}…): ekspor ulang`,
}

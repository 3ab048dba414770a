/** Faults the tool must survive: connection strings, a server that stops answering, the lock's holder, values over a column's limit. */
export const faults = {
  loadDataSqlite: 'LOAD DATA adalah perintah MySQL/MariaDB; store SQLite menerima baris melalui INSERT',
  loadDataOff: 'server tidak mengizinkan LOAD DATA LOCAL INFILE (local_infile bernilai OFF)',
  sqliteNoPath: (p: {url: string}) => `--db ${p.url}: tidak ada path file setelah "sqlite:"`,
  sqliteNoPathFix: 'gunakan sqlite:PATH, mis. sqlite:.prime-migrate/state.db',
  badUrl: (p: {flag: string; url: string}) => `${p.flag} ${p.url} bukan URL yang valid`,
  badUrlFix:
    'gunakan mysql://user:password@host:3306/database; karakter / ? # di password ditulis %2F %3F %23 (password tidak pernah ditampilkan)',
  noDatabase: (p: {flag: string; url: string}) => `${p.flag} ${p.url} tidak menyebut database`,
  noDatabaseFix: 'tambahkan nama database: mysql://user@host:3306/DATABASE',
  unknownStore: (p: {url: string}) => `--db ${p.url}: jenis store tidak dikenal`,
  unknownStoreFix: 'gunakan sqlite:PATH atau mysql://user:password@host:port/database',
  cannotOpen: (p: {store: string; reason: string}) => `state store ${p.store} tidak dapat dibuka: ${p.reason}`,
  newerStore: (p: {store: string; reason: string}) =>
    `state store ${p.store} sudah diperbarui oleh prime-migrate yang lebih baru: ${p.reason}`,
  newerStoreFix: 'gunakan versi prime-migrate yang terakhir menjalankan `init` pada store ini, atau yang lebih baru',
  deskproNotMysql: (p: {url: string}) => `--deskpro ${p.url} bukan URL MySQL`,
  deskproNotMysqlFix: 'gunakan mysql://user:password@host:3306/deskpro (user dengan hak SELECT saja sudah cukup)',
  deskproFailed: (p: {url: string; reason: string}) => `tidak dapat membaca database Deskpro ${p.url}: ${p.reason}`,
  deskproFailedFix:
    'periksa bahwa server dapat dijangkau, database memiliki tabel Deskpro (contract/deskpro-schema.sql) dan user boleh SELECT dari tabel itu',
  serverLost: (p: {what: string; reason: string}) => `server MySQL/MariaDB berhenti menjawab saat ${p.what} (${p.reason})`,
  serverLostFix:
    'pastikan server berjalan dan dapat dijangkau, lalu jalankan perintah yang sama lagi: pekerjaan dilanjutkan dari yang sudah selesai',
  streamSilent: (p: {seconds: number}) => `tidak ada data selama ${p.seconds} detik`,
  connectionClosed: 'koneksi terputus',
  runningQuery: 'menjalankan perintah database',
  connecting: 'menyambung ke server',
  readingRows: 'membaca baris',
  actorTooLong: (p: {length: number; limit: number}) => `--actor berisi ${p.length} karakter; store mencatat paling banyak ${p.limit}`,
  actorTooLongFix: 'gunakan nama yang lebih pendek untuk --actor (atau PRIME_MIGRATE_ACTOR), mis. nama pengguna atau NIP',
  lockedBy: (p: {holder: string; command: string; pid: number; host: string; since: string}) =>
    `store sedang dikunci oleh ${p.holder} (${p.command}, pid ${p.pid} di ${p.host}) sejak ${p.since}`,
  lockedByUnknown: 'store sedang dikunci oleh operator lain yang namanya tidak tercatat',
  lockedFix: 'tunggu perintah itu selesai, lalu jalankan perintah ini lagi',
  tooLong: (p: {field: string; length: number; limit: number}) =>
    `${p.field} berisi ${p.length} karakter, melebihi batas kolomnya (${p.limit} karakter); perbaiki atau persingkat nilainya di file sumber, lalu impor lagi`,
  tooLarge: (p: {bytes: number; limit: number}) =>
    `baris ini ${p.bytes} byte, melebihi batas satu pernyataan di server (max_allowed_packet ${p.limit} byte); persingkat nilai terpanjangnya di file sumber, atau minta admin database menaikkan max_allowed_packet, lalu impor lagi`,
}

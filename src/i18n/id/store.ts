/** What a person reads about the state store itself: never initialised, too old, what `init` did. */
export const store = {
  notInitialised: (p: {store: string}) => `state store ${p.store} belum diinisialisasi; jalankan \`prime-migrate init\` terlebih dahulu`,
  notInitialisedFix: 'prime-migrate init [--cutover YYYY-MM-DD] (dengan --db yang sama); hanya init yang membuat store',
  outdated: (p: {store: string}) => `skema state store ${p.store} lebih lama dari versi prime-migrate ini`,
  outdatedFix: 'jalankan `prime-migrate init` untuk memperbaruinya (perintah baca tidak mengubah store)',
  initialised: (p: {
    store: string
    store_created: boolean
    cutover: string
    previous_cutover: string | null
    steps_created: number
    migrations_applied: number
  }) =>
    [
      `Store ${p.store} ${p.store_created ? 'dibuat' : p.migrations_applied ? `diperbarui (${p.migrations_applied} migrasi skema)` : 'sudah ada'}.`,
      p.previous_cutover && p.previous_cutover !== p.cutover
        ? `Cutover diubah: ${p.previous_cutover} → ${p.cutover}.`
        : `Cutover: ${p.cutover}.`,
      p.steps_created ? `${p.steps_created} langkah rencana dibuat.` : '',
    ]
      .filter(Boolean)
      .join(' '),
  badUrl: (p: {url: string}) => `--db ${p.url} bukan URL yang sah`,
  badUrlFix: 'gunakan mysql://user:password@host:3306/database',
  noDatabase: (p: {url: string}) => `--db ${p.url} tidak menyebut nama basis data`,
  noDatabaseFix: 'tambahkan nama basis datanya: mysql://user@host:3306/DATABASE',
  newer: (p: {store: string; why: string}) => `state store ${p.store} telah diperbarui oleh prime-migrate yang lebih baru: ${p.why}`,
  cannotOpen: (p: {store: string; why: string}) => `state store ${p.store} tidak dapat dibuka: ${p.why}`,
  openHint: {
    mysql: 'periksa bahwa server MySQL/MariaDB berjalan dan URL, pengguna serta basis datanya benar',
    sqlite: 'periksa bahwa foldernya dapat ditulisi',
  },
}

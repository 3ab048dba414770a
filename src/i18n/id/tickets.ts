/** What `tickets verify` tells a person about where an archive is. */
export const tickets = {
  noArchive: (p: {dir: string}) => `${p.dir} bukan arsip tiket: tidak ada manifest.json di sana maupun di ${p.dir}/archive`,
  noArchiveKnown: (p: {dir: string}) => `arsip terakhir store ini ada di ${p.dir}: prime-migrate tickets verify ${p.dir}`,
  noArchiveNone:
    'store ini belum pernah mengekspor arsip tiket: `prime-migrate run tickets` menulisnya ke <folder keluaran>/archive, `prime-migrate tickets export --out DIR` ke DIR',
}

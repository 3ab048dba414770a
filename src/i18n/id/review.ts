/** The SME review workbook (KMS) and the reading back of review and worklist workbooks. */
export const review = {
  sheet: 'Reviu',
  guideSheet: 'Petunjuk',
  columns: {
    id: 'ID Artikel',
    no: 'No',
    topic: 'Topik',
    sub_topic: 'Sub Topik',
    proposed_category: 'Kategori KMS usulan',
    question: 'Pertanyaan',
    answer: 'Jawaban',
    legal_basis: 'Dasar Hukum',
    correction: 'Catatan Perbaikan',
    status: 'Status Tim Teknis',
    flags: 'Tanda',
    decision: 'keputusan',
    category_override: 'kategori_pengganti',
    reviewer: 'peninjau',
    comment: 'komentar',
    content_hash: 'hash_isi',
    cells_hash: 'hash_sel',
  },
  /** The words a decision is shown as; the stable codes (approve, revise, exclude) are accepted too. */
  decisions: {approve: 'setujui', revise: 'revisi', exclude: 'keluarkan'},
  emptyStatus: '(kosong)',
  statusReviewed: 'sudah direviu tim teknis',
  statusPending: 'belum direviu tim teknis',
  flags: {
    notReviewed: 'belum direviu tim teknis',
    correction: 'ada catatan perbaikan',
    duplicate: (nos: string[]) => `duplikat pertanyaan No ${nos.join(', ')}`,
    unmapped: 'topik tanpa kategori KMS',
    truncated: (columns: string[]) =>
      `teks ${columns.join(', ')} dipotong ke 32.767 karakter (batas sel Excel); teks lengkap ada di FAQ sumber`,
  },
  decisionPrompt:
    'Pilih setujui (masuk KMS), revisi (perlu perbaikan) atau keluarkan (tidak dimasukkan ke KMS). Ketik nilainya, bukan rumus.',
  categoryPrompt: 'Kosongkan untuk memakai kategori usulan, atau pilih kategori lain dari daftar di lembar Petunjuk.',
  guideTitle: 'Petunjuk reviu FAQ untuk Knowledge Management System (KMS) Kemenkeu Prime',
  guide: [
    'Setiap baris lembar Reviu adalah satu artikel FAQ DJPK. Baca pertanyaan, jawaban dan dasar hukumnya.',
    'Isi kolom keputusan: setujui = artikel masuk KMS; revisi = jawaban perlu diperbaiki dulu (tulis apa yang perlu diubah di kolom komentar); keluarkan = artikel tidak dimasukkan ke KMS.',
    'Kolom kategori_pengganti hanya diisi bila kategori KMS usulan kurang tepat; pilih dari daftar kategori di bawah.',
    'Isi kolom peninjau dengan nama Anda, dan kolom komentar dengan catatan atau alasan keputusan.',
    'Ketik nilainya: sel yang berisi rumus tidak dibaca dan barisnya ditolak.',
    'Kolom lain dikunci dan tidak boleh diubah. Perubahan isi artikel dilakukan di berkas FAQ sumber, lalu FAQ dimuat ulang dan buku kerja reviu baru dibuat.',
    'Kolom Tanda menandai artikel yang belum direviu tim teknis (Status ≠ 0), yang punya catatan perbaikan, yang pertanyaannya sama dengan artikel lain, dan yang topiknya tidak punya kategori KMS.',
    'Setelah selesai, simpan berkas dan serahkan kepada tim Contact Center untuk dimuat dengan perintah: prime-migrate kms apply-review BERKAS.xlsx',
    'Baris yang ditolak (ID tidak dikenal, keputusan tidak valid, rumus, kategori tidak dikenal, artikel sudah berubah, atau kolom terkunci diubah) dilaporkan beserta alasannya; baris lain tetap diterapkan.',
  ],
  workbookIdLabel: 'ID buku kerja',
  generatedAtLabel: 'Dibuat pada',
  categoriesTitle: 'Daftar kategori KMS',
  unmappedTitle: 'Topik tanpa kategori KMS (bukan pengetahuan; artikelnya sebaiknya dikeluarkan atau diberi kategori_pengganti)',
  unmappedArticles: (n: string) => `${n} artikel`,
  /** Header of the worklist's hidden column holding its locked cells' keyed hash. */
  worklistHashColumn: 'hash_sel',
  /** Ends a cell cut at Excel's limit. */
  truncatedMark: ' …[dipotong: teks melebihi batas sel Excel]',

  noArticles: 'state store belum berisi artikel FAQ untuk direviu',
  noArticlesFix: 'muat FAQ dulu: prime-migrate import faq BERKAS.xlsx',
  notFound: (p: {path: string}) => `${p.path} tidak ada`,
  notFoundFix: 'berikan buku kerja reviu yang dibuat oleh `prime-migrate kms review --out BERKAS.xlsx`',
  unreadable: (p: {path: string; reason: string}) => `${p.path} bukan buku kerja xlsx yang dapat dibaca: ${p.reason}`,
  unreadableFix: 'simpan buku kerja reviu sebagai .xlsx (Excel Workbook) lalu coba lagi',
  notReviewWorkbook: (p: {path: string}) => `${p.path} bukan buku kerja reviu SME (tidak ada ID buku kerja)`,
  notReviewWorkbookFix: 'pakai buku kerja yang dibuat oleh `prime-migrate kms review --out BERKAS.xlsx`, yang sudah diisi',
  keysMissing: (p: {path: string; keys: string[]}) =>
    `${p.path}: kunci kolom ${p.keys.join(', ')} tidak ditemukan (kolom disisipkan, dipindah atau dihapus, atau buku kerja dibuat oleh versi lama prime-migrate)`,
  keysMissingFix:
    'jangan menyisipkan, memindah atau menghapus kolom; buat buku kerja baru dengan `prime-migrate kms review --out BERKAS.xlsx`',
  notThisStore: (p: {path: string; id: string}) => `${p.path}: buku kerja ${p.id} tidak dibuat oleh state store ini`,
  notThisStoreFix: 'isi buku kerja reviu yang dibuat oleh `prime-migrate kms review --out BERKAS.xlsx` pada store ini (--db)',

  unknownId: (p: {column: string; id: string}) => `${p.column} "${p.id}" tidak dikenal: tidak ada artikel dengan ID ini di store`,
  undecided: 'belum ada keputusan',
  repeatedId: (p: {column: string; id: string}) =>
    `${p.column} "${p.id}" muncul lebih dari sekali di buku kerja ini; hanya baris pertamanya yang dipakai`,
  decisionEmpty: (p: {column: string; choices: string}) => `kolom ${p.column} kosong padahal kolom lain diisi: pilih ${p.choices}`,
  invalidDecision: (p: {column: string; value: string; choices: string}) => `${p.column} "${p.value}" tidak valid: pilih ${p.choices}`,
  choices: (p: {approve: string; revise: string; exclude: string}) => `${p.approve}, ${p.revise} atau ${p.exclude}`,
  unknownCategory: (p: {column: string; value: string; sheet: string}) =>
    `${p.column} "${p.value}" bukan kategori KMS yang dikenal: pilih dari daftar di lembar ${p.sheet}`,
  formula: (p: {columns: string[]}) =>
    `kolom ${p.columns.join(', ')} berisi rumus, yang tidak dibaca: ketik nilainya (bukan rumus) lalu muat lagi`,
  stale: (p: {no: string; inWorkbook: string; inStore: string}) =>
    `artikel No ${p.no} berubah setelah buku kerja ini dibuat (hash di buku kerja ${p.inWorkbook || '(kosong)'}, di store ${p.inStore}); buat buku kerja baru dengan \`prime-migrate kms review\``,
  tampered: (p: {row: number; columns: string[]}) =>
    `baris ${p.row}: sel terkunci ${p.columns.length ? `kolom ${p.columns.join(', ')}` : '(kolom tersembunyi)'} diubah; isi artikel hanya diubah di FAQ sumber (usulan ditulis di komentar dengan keputusan revisi), buat buku kerja baru dengan \`prime-migrate kms review\``,
  approveNeedsCategory: (p: {topic: string; column: string; exclude: string}) =>
    `keputusan setujui memerlukan kategori, dan topik "${p.topic}" tidak punya kategori KMS (mappings/topics.yaml): isi ${p.column} atau pilih ${p.exclude}`,
  reviewerEmpty: (p: {column: string; actor: string}) => `${p.column} kosong: dicatat atas nama ${p.actor}`,
  tamperedSummary: (p: {rows: number; file: string}) =>
    `${p.rows} baris ${p.file} memuat sel terkunci yang diubah (tanda pengubahan); baris itu ditolak`,
  worklistKeysMissing: (p: {path: string; keys: string[]}) =>
    `${p.path}: kunci kolom ${p.keys.join(', ')} tidak ditemukan (kolom disisipkan, dipindah atau dihapus, atau daftar kerja dibuat oleh versi lama prime-migrate)`,
  worklistTampered: (p: {row: number; columns: string[]}) =>
    `baris ${p.row}: sel terkunci ${p.columns.join(', ')} diubah; buat daftar kerja baru dengan \`prime-migrate mappings unresolved --out BERKAS.xlsx\``,
}

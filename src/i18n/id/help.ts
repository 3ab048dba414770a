import type {HelpSection} from '../help-texts'

/** An import command whose one argument is a CSV file with a header row. */
const csvImport = (description: string) => ({description, args: {file: 'berkas CSV dengan baris judul'}})
const SETTINGS =
  'Menetapkan pengaturan migrasi ini: published_figures FILE.csv (angka acuan rekonsiliasi handover.metrics); tercatat di log audit'
const REPLACE_FILE_DECISIONS = 'timpa FILE bila sudah ada (keputusan yang diketik di dalamnya hilang)'

/** `--help` in Bahasa Indonesia: oclif's headers, the topics and every command's texts, by command id. */
export const help: HelpSection = {
  headers: {
    USAGE: 'PENGGUNAAN',
    ARGUMENTS: 'ARGUMEN',
    FLAGS: 'OPSI',
    'GLOBAL FLAGS': 'OPSI GLOBAL',
    DESCRIPTION: 'KETERANGAN',
    ALIASES: 'ALIAS',
    EXAMPLES: 'CONTOH',
    'FLAG DESCRIPTIONS': 'KETERANGAN OPSI',
    COMMANDS: 'PERINTAH',
    TOPICS: 'TOPIK',
    VERSION: 'VERSI',
  },
  labels: {default: 'bawaan', env: 'variabel lingkungan', required: 'wajib', options: 'pilihan'},
  placeholders: {value: 'nilai', option: 'pilihan', command: 'PERINTAH'},
  root: 'Merencanakan dan menjalankan penggabungan contact center DJPK ke Kemenkeu Prime',
  topics: {
    audit: 'Memeriksa log audit berantai hash dan setiap berkas yang tercatat',
    channels: 'Daftar periksa penutupan kanal beserta bukti: daftar, catat satu langkah, telusuri secara interaktif',
    import: 'Memuat register: FAQ, tiket (berkas atau Deskpro), roster, survei, chatbot, kunjungan, konferensi video',
    kms: 'Basis pengetahuan: buku kerja reviu SME, penerapan keputusan, paket untuk Kemenkeu Prime',
    mappings: 'Teks wilayah yang tempatnya tidak ditemukan: daftar kerja, dan keputusan yang dibaca kembali darinya',
    report: 'Buku kerja metrik historis dan buku kerja serah terima untuk auditor',
    roles: 'Pemetaan peran L1/L2 ke L2/L3, SME dan rute eskalasi',
    // oclif shows a topic with no description of its own under its one command's description
    settings: SETTINGS,
    tickets: 'Arsip tiket historis: ekspor dan verifikasi',
  },
  globalFlags: {
    lang: 'bahasa semua yang dibaca orang: id (Bahasa Indonesia) atau en (English)',
    actor: 'siapa yang bertindak, untuk log audit (bawaan: pengguna sistem operasi)',
    db: 'store status: sqlite:PATH atau mysql://user:pass@host:port/db',
    json: 'Keluaran dalam format JSON.',
  },
  commands: {
    decide: {
      description:
        'Mencatat keputusan yang ditunggu rencana, beserta alasannya: no_published_figures (buku kerja metrik dibuat tanpa rekonsiliasi); tercatat di log audit',
      args: {decision: 'keputusannya'},
      flags: {note: 'alasannya (wajib)'},
    },
    demo: {
      description: 'Menjalankan seluruh migrasi atas fixture bawaan ke store tertanam yang baru di DIR',
      flags: {force: 'timpa DIR bila sudah ada', out: 'folder untuk store dan artefak demo'},
    },
    init: {
      description: 'Membuat atau memperbarui store status dan mencatat tanggal cutover',
      flags: {cutover: 'tanggal cutover, YYYY-MM-DD (bawaan 2025-06-30, atau yang sudah tercatat)'},
    },
    plan: {description: 'Menampilkan rencana bertahap beserta penanggung jawab dan tenggat yang dihitung mundur dari cutover'},
    run: {
      description:
        'Menjalankan langkah rencana yang tertunda secara berurutan, mengulang yang usang setelah dikonfirmasi; dapat dilanjutkan; berhenti di gerbang dengan kode keluar 3',
      args: {stage: 'hanya tahap ini (prepare, kms, tickets, roles, channels, handover)'},
      flags: {
        'dry-run': 'tidak mengubah apa pun; hanya menyebutkan apa yang akan dijalankan',
        out: 'folder artefak migrasi ini (diingat setelah run pertama; bawaan ./migration-out)',
        redo: 'jalankan lagi langkah otomatis yang sudah selesai ini (boleh diulang)',
        yes: 'jawab ya untuk konfirmasi (mengulang langkah usang; untuk skrip)',
      },
    },
    status: {
      description: 'Posisi migrasi: setiap tahap dan langkah, apa yang usang, apa yang lewat tenggat, apa yang menunggu siapa',
    },
    'audit:verify': {
      description:
        'Menghitung ulang rantai hash audit, setiap tabel status terhadap digest yang dicatat rantai, setiap berkas dan head berjangkar yang tercatat, dan setiap pengesahan yang dihitung terhadap drafnya (kode keluar 4 bila ada yang gagal)',
    },
    'channels:check': {
      description: 'Mencatat satu langkah penutupan kanal: statusnya, bukti (teks, URL atau berkas, yang di-hash) dan catatan',
      args: {
        channel: 'kode kanal (phone, whatsapp, email, helpdesk, livechat)',
        step: 'langkah daftar periksa (announce, redirect, settle_open_tickets, final_export, deactivate, verify_closed, decommission)',
      },
      flags: {
        evidence: 'yang menunjukkan langkah sudah dilakukan: teks, URL, atau path berkas (di-hash dan diperiksa ulang oleh audit verify)',
        note: 'catatan; wajib dengan --status skipped',
        status: 'status baru langkah tersebut',
      },
    },
    'channels:checklist': {
      description: 'Menelusuri langkah penutupan kanal yang masih terbuka sambil menjawab pertanyaan (perlu terminal)',
      args: {channel: 'kanal yang ditelusuri (ditanyakan bila tidak diberikan)'},
      flags: {yes: 'tidak diterima di sini: perintah ini hanya bertanya; gunakan `channels check` dalam skrip'},
    },
    'channels:list': {
      description: 'Setiap kanal beserta titik kontaknya, keputusan (ditutup atau dipertahankan) dan keadaan daftar periksa penutupannya',
      args: {channel: 'hanya kanal ini'},
    },
    'import:chatbot': csvImport('Mengimpor sesi chatbot: session_id, started_at, menu'),
    'import:faq': {
      description:
        'Mengimpor FAQ / basis pengetahuan: No, Topik, Sub Topik, Pertanyaan, Jawaban, Dasar Hukum, Perbaikan, Status, Tanggal Update, Kontributor',
      args: {file: 'buku kerja FAQ (.xlsx) atau CSV dengan baris judul'},
      flags: {sheet: 'lembar buku kerja yang dibaca (bawaan: yang pertama)'},
    },
    'import:roster': csvImport('Mengimpor roster agen: agent_id, name, email, level, unit, kms_contributor, sme'),
    'import:survey': csvImport(
      'Mengimpor jawaban survei kepuasan: response_id, agent, respondent, submitted_at, kepuasan_layanan, substansi_jawaban',
    ),
    'import:tickets': {
      description: 'Mengimpor register tiket dari berkas CSV/JSONL atau, hanya-baca, dari basis data MySQL Deskpro',
      args: {file: 'register tiket: .csv dengan baris judul, atau .jsonl'},
      flags: {
        deskpro: 'baca tiket dari basis data MySQL Deskpro (hanya-baca)',
        since: 'dengan --deskpro: hanya tiket yang dibuat pada atau setelah tanggal ini (YYYY-MM-DD)',
        'load-data':
          'store MySQL/MariaDB: muat baris baru dengan LOAD DATA LOCAL INFILE (perlu local_infile di server); pemeriksaan, penolakan dan audit tetap sama',
      },
    },
    'import:vicon': csvImport('Mengimpor konferensi video: vicon_id, date, region, topic'),
    'import:visits': csvImport('Mengimpor konsultasi tatap muka: visit_id, date, region, topics, guests'),
    'kms:apply-review': {
      description:
        'Menerapkan keputusan SME dari buku kerja reviu yang sudah diisi; baris yang ditolak didaftar beserta alasannya (kode keluar 2); menyebutkan berapa artikel yang belum final',
      args: {file: 'buku kerja reviu yang sudah diisi (.xlsx)'},
    },
    'kms:export': {
      description: 'Menulis paket KMS untuk Kemenkeu Prime: artikel yang disetujui, pohon kategori, manifest, SHA256SUMS',
      flags: {force: 'timpa paket yang sudah ada di DIR', out: 'folder tujuan paket'},
    },
    'kms:review': {
      description:
        'Menulis buku kerja reviu SME: satu baris per artikel FAQ (dengan --pending, hanya yang belum berkeputusan final), pilihan keputusan berupa daftar turun, sisanya terkunci',
      flags: {
        force: REPLACE_FILE_DECISIONS,
        out: 'buku kerja yang ditulis (.xlsx)',
        pending: 'hanya artikel yang belum berkeputusan final (belum diputuskan, revisi, berubah sejak direviu)',
      },
    },
    'mappings:apply': {
      description:
        'Mencatat keputusan wilayah dari daftar kerja yang sudah diisi sebagai pemetaan lokal (tercatat di log audit) dan menurunkan ulang provinsi dan zona tiket yang tersimpan, tanpa impor ulang; baris yang ditolak didaftar beserta alasannya (kode keluar 2)',
      args: {file: 'daftar kerja yang sudah diisi (.xlsx) dari `mappings unresolved --out`'},
    },
    'mappings:unresolved': {
      description:
        'Mendaftar setiap teks wilayah pada register tersimpan yang tidak menyebut tempat, atau menyebut tempat di beberapa provinsi, beserta jumlah barisnya dan kandidat terbaik; --out menulis daftar kerja untuk memutuskannya (baris tersimpan lebih dulu diturunkan ulang dengan pemetaan dan keputusan yang berlaku)',
      flags: {force: REPLACE_FILE_DECISIONS, out: 'buku kerja daftar kerja yang ditulis (.xlsx)'},
    },
    'report:handover': {
      description: 'Buku kerja serah terima untuk auditor: rencana, kanal, peran, KMS, rekonsiliasi tiket, artefak, pengesahan, log audit',
      flags: {force: 'timpa berkas bila sudah ada', out: 'berkas .xlsx yang ditulis'},
    },
    'report:metrics': {
      description: 'Metrik historis CONTRACT §6 per bulan (Asia/Jakarta), sebagai buku kerja (--out) dan/atau baris JSON (--json)',
      flags: {
        force: 'timpa buku kerja --out bila sudah ada',
        from: 'bulan pertama, YYYY-MM',
        out: 'buku kerja .xlsx yang ditulis',
        published: 'csv angka yang dipublikasikan (period,metric,dimension,value) sebagai acuan rekonsiliasi',
        to: 'bulan terakhir, YYYY-MM',
      },
    },
    'roles:map': {
      description: 'Menerapkan mappings/roles.yaml pada roster: agen Kemenkeu Prime L1, L1 DJPK → L2, tim L2 → L3, SME per topik, rute',
    },
    'roles:show': {description: 'Menampilkan pemetaan peran sebelum → sesudah, matriks rute per topik dan para SME'},
    'settings:set': {
      description: SETTINGS,
      args: {key: 'pengaturannya', value: 'nilainya (untuk published_figures: csv dengan period,metric,dimension,value)'},
    },
    signoff: {
      description: 'Mengesahkan draf serah terima saat ini (SHA-256-nya dicatat): ketua proyek, koordinator SME, saksi Kemenkeu Prime',
      args: {role: 'siapa yang mengesahkan (project_lead, sme_coordinator, prime_witness)'},
      flags: {
        name: 'nama lengkap orang yang mengesahkan',
        organisation: 'organisasinya (bawaan menurut peran)',
        statement: 'apa yang dinyatakan (bawaan: pernyataan baku); berkas draf dan SHA-256-nya ditambahkan',
      },
    },
    'tickets:export': {
      description: 'Mengekspor arsip tiket historis: satu berkas per bulan, manifest.json dan SHA256SUMS (dapat dilanjutkan)',
      flags: {
        force: 'timpa berkas arsip dari ekspor lain yang sudah ada di --out',
        format: 'format berkas bulanan',
        'include-confidential': 'sertakan kolom pelapor dan isi pengaduan rahasia (meminta konfirmasi; tercatat di log audit)',
        out: 'folder arsip',
        yes: 'konfirmasi --include-confidential tanpa pertanyaan (untuk skrip)',
      },
    },
    'tickets:verify': {
      description:
        'Memverifikasi arsip tiket: checksum terhadap manifest-nya, baris per bulan dan kanal terhadap store (kode keluar 4 bila tidak cocok)',
      args: {dir: 'folder arsip (--out dari tickets export)'},
    },
  },
}

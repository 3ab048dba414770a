import {formatNumber} from '../format'

const n = (x: number) => formatNumber(x, 'id')

// How topics.yaml names a topic (mappings/topic-names); English writes the kind as it is.
type TopicNameKind = 'code' | 'alias' | 'label'
const TOPIC_NAME_KIND: Record<TopicNameKind, string> = {code: 'kode', alias: 'alias', label: 'label'}

/** Errors on bad input found in domain files: published figures, encodings, headers, mappings, flags. */
export const errors = {
  publishedMissing: (p: {file: string}) => `berkas angka terbitan ${p.file} tidak ada`,
  publishedMissingFix: 'berikan --published berupa csv dengan kolom period,metric,dimension,value',
  publishedColumnMissing: (p: {file: string; columns: string[]}) => `${p.file}: kolom ${p.columns.join(', ')} tidak ada`,
  publishedColumnMissingFix: 'baris judul harus period,metric,dimension,value',
  publishedBadPeriod: (p: {file: string; row: number; value: string}) =>
    `${p.file} baris ${n(p.row)}, kolom period: "${p.value}" bukan bulan YYYY-MM`,
  publishedBadPeriodFix: 'perbaiki nilai period',
  publishedNoMetric: (p: {file: string; row: number}) => `${p.file} baris ${n(p.row)}, kolom metric: kosong`,
  publishedNoMetricFix: 'sebutkan metrik CONTRACT §6, mis. tickets.total',
  publishedBadValue: (p: {file: string; row: number; value: string}) =>
    `${p.file} baris ${n(p.row)}, kolom value: "${p.value}" bukan angka`,
  publishedBadValueFix: 'tulis angka dengan digit, dengan . atau , sebelum desimal dan tanpa pemisah ribuan',
  publishedCsvSyntax: (p: {file: string; row: number; detail: string}) => `${p.file} baris ${n(p.row)}: ${p.detail}`,
  publishedCsvSyntaxFix: 'perbaiki sintaks csv pada baris tersebut',
  publishedEmpty: (p: {file: string}) => `${p.file} tidak memuat angka terbitan satu pun`,
  publishedEmptyFix: 'berikan csv dengan baris judul period,metric,dimension,value dan satu baris per angka',
  decisionNeedsNote: 'decide no_published_figures memerlukan --note yang menjelaskan mengapa angka tidak direkonsiliasi',
  decisionNeedsNoteFix: 'prime-migrate decide no_published_figures --note "laporan bulanan belum terbit untuk periode ini"',
  metricsOutNotXlsx: (p: {out: string}) => `--out ${p.out} bukan berkas .xlsx`,
  metricsOutNotXlsxFix: 'beri nama buku kerja FILE.xlsx',
  publishedNeedsOut: '--published memerlukan --out: rekonsiliasi merupakan salah satu lembar buku kerja',
  publishedNeedsOutFix: 'tambahkan --out FILE.xlsx',
  notAMonth: (p: {flag: string; value: string}) => `--${p.flag} ${p.value} bukan bulan`,
  notAMonthFix: (p: {flag: string}) => `berikan --${p.flag} dalam format YYYY-MM, mis. 2025-02`,
  fromAfterTo: (p: {from: string; to: string}) => `--from ${p.from} jatuh setelah --to ${p.to}`,
  fromAfterToFix: 'tukar kedua bulan tersebut',
  escalationsOffCalendar: (p: {groups: string[]; first: string; last: string}) =>
    `eskalasi pada ${p.groups.join(', ')} memiliki tanggal di luar kalender hari kerja ${p.first}…${p.last}`,
  escalationsOffCalendarFix: 'perluas kalender dengan migrasi baru, atau perbaiki tanggal eskalasi di register tiket',
  cutoverNotDate: (p: {value: string}) => `--cutover ${p.value} bukan tanggal`,
  cutoverNotDateFix: 'berikan tanggal cutover dalam format YYYY-MM-DD, mis. --cutover 2025-06-30',
  noPlanStep: (p: {id: string}) => `langkah rencana "${p.id}" tidak ada`,
  noPlanStepFix: 'jalankan `prime-migrate plan` untuk melihat id langkah',
  unknownSignoffRole: (p: {role: string}) => `peran pengesahan "${p.role}" tidak dikenal`,
  useOneOf: (p: {options: readonly string[]}) => `gunakan salah satu dari: ${p.options.join(', ')}`,
  nameEmpty: '--name kosong',
  nameEmptyFix: 'berikan nama lengkap orang yang mengesahkan, mis. --name "Dian Pratiwi"',
  kmsPackageExists: (p: {out: string; files: string[]}) => `${p.out} sudah berisi paket KMS (${p.files.join(', ')})`,
  kmsPackageExistsFix: 'tambahkan --force untuk menggantinya, atau pilih folder lain dengan --out',
  fillNoEmpty: (p: {file: string; row: number}) => `${p.file}, baris ${n(p.row)}: kolom No kosong`,
  fillNoEmptyFix: 'isi No FAQ artikel yang dituju oleh setiap keputusan',
  utf16: (p: {file: string}) => `${p.file} berupa teks UTF-16, bukan UTF-8`,
  utf16Fix: 'simpan sebagai "CSV UTF-8" (Excel) atau konversikan: iconv -f UTF-16 -t UTF-8 IN > OUT',
  nulByte: (p: {file: string; line: number; byte: number}) =>
    `${p.file} memuat byte NUL pada baris ${n(p.line)} (byte ${n(p.byte)}); berkas ini biner atau UTF-16, bukan teks UTF-8`,
  nulByteFix: 'ekspor ulang register sebagai teks UTF-8 (CSV UTF-8, atau JSON Lines)',
  notUtf8: (p: {file: string; line: number; byte: number}) =>
    `${p.file} bukan UTF-8: baris ${n(p.line)} (byte ${n(p.byte)}) memuat byte yang bukan UTF-8, seperti pada berkas Latin-1/Windows-1252`,
  notUtf8Fix: 'simpan sebagai "CSV UTF-8" (Excel) atau konversikan: iconv -f WINDOWS-1252 -t UTF-8 IN > OUT; tidak ada yang dimuat',
  truncatedUtf8: (p: {file: string}) => `${p.file} bukan UTF-8: berkas berakhir di tengah karakter multi-byte`,
  truncatedUtf8Fix: 'simpan sebagai UTF-8; tidak ada yang dimuat',
  cannotRead: (p: {file: string; reason: string}) => `${p.file} tidak dapat dibaca: ${p.reason}`,
  cannotReadFix: 'pastikan berkas ada dan Anda berhak membacanya',
  noText: (p: {file: string}) => `${p.file} tidak memuat teks`,
  noTextFix: 'ekspor ulang register; berkas sekurang-kurangnya memerlukan baris judul',
  duplicateColumn: (p: {file: string; column: string; field: string}) =>
    `${p.file}: kolom "${p.column}" merujuk ke ${p.field} untuk kedua kalinya`,
  duplicateColumnFix: 'hapus atau ganti nama kolom ganda tersebut; tidak ada yang dimuat',
  missingColumns: (p: {file: string; columns: string[][]; header: string[]}) =>
    `${p.file} tidak memiliki kolom wajib ${p.columns.map((c) => c.map((s) => `"${s}"`).join(' atau ')).join(', ')}; baris judulnya: ${p.header.join(', ')}`,
  missingColumnsFix:
    'tambahkan kolom tersebut (nama kolom tidak membedakan huruf besar/kecil) atau ganti nama judulnya; tidak ada yang dimuat',
  loadDataRefused: (p: {reason: string}) => `--load-data tidak dapat digunakan: ${p.reason}`,
  loadDataRefusedFix:
    'hilangkan --load-data (baris lalu dimasukkan dengan INSERT); server MySQL/MariaDB mengizinkannya setelah SET GLOBAL local_infile = 1',
  regionsInvalid: (p: {file: string; key: string; problem: string}) => `berkas pemetaan ${p.file} tidak valid:\n  ${p.key}: ${p.problem}`,
  regionsInvalidFix: 'tulis nama sebagaimana ejaan idn-area-data (huruf besar, mis. KABUPATEN TOLI TOLI, SULAWESI TENGAH)',
  sinceNotDate: (p: {since: string}) => `--since ${p.since} bukan tanggal YYYY-MM-DD`,
  sinceNotDateFix: 'tulis hari pertama yang dibaca, mis. --since 2025-02-01',
  rolesProblems: (p: {problems: string[]}) =>
    `peran tidak dapat dipetakan (${n(p.problems.length)} masalah):\n  ${p.problems.join('\n  ')}`,
  rolesProblemsFix: 'perbaiki setiap baris di atas, lalu jalankan `prime-migrate roles map` lagi',
  rosterEmpty: 'roster kosong, sehingga tidak ada orang yang dapat dipetakan',
  rosterEmptyFix: 'muat roster terlebih dahulu: `prime-migrate import roster FILE.csv`',
  mappingUnreadable: (p: {file: string}) => `berkas pemetaan ${p.file} tidak dapat dibaca`,
  mappingUnreadableFix: (p: {name: string}) =>
    `pulihkan mappings/${p.name}.yaml atau arahkan PRIME_MIGRATE_MAPPINGS ke folder yang memuatnya`,
  mappingNotYaml: (p: {file: string; detail: string}) => `berkas pemetaan ${p.file} bukan YAML yang valid: ${p.detail}`,
  mappingNotYamlFix: 'perbaiki sintaks YAML pada baris yang disebutkan',
  mappingInvalid: (p: {file: string; problems: string[]}) => `berkas pemetaan ${p.file} tidak valid:\n${p.problems.join('\n')}`,
  mappingInvalidFix: (p: {name: string}) => `perbaiki kunci yang disebutkan di ${p.name}.yaml`,
  topicNameClash: (p: {
    topic: string
    kind: TopicNameKind
    name: string
    other: string
    otherKind: TopicNameKind
    otherName: string
    key: string
  }) =>
    `${TOPIC_NAME_KIND[p.kind]} "${p.name}" (topik ${p.topic}) dan ${TOPIC_NAME_KIND[p.otherKind]} "${p.otherName}" (topik ${p.other}) sama bila huruf besar/kecil, spasi dan tanda baca diabaikan (${p.key}); ubah salah satunya agar teks register menunjuk satu topik saja`,
  rolesSmeTopic: (p: {agent: string; name: string; reason: string}) => `roster ${p.agent} (${p.name}), kolom sme: ${p.reason}`,
  rolesUnknownLevel: (p: {agent: string; name: string; level: string; known: string}) =>
    `roster ${p.agent} (${p.name}): level "${p.level}" tidak dipetakan di roles.yaml levels (yang dikenal: ${p.known}); perbaiki level di roster lalu impor ulang, atau tambahkan level itu ke mappings/roles.yaml`,
  rolesUnknownUnit: (p: {agent: string; name: string; unit: string; teams: string}) =>
    `roster ${p.agent} (${p.name}): unit "${p.unit}" bukan tim L3 di roles.yaml teams (${p.teams}); isi unit dengan salah satu kode itu di roster`,
  rolesTopicTeam: (p: {topic: string; team: string; teams: string}) =>
    `topics.yaml ${p.topic}: tim L3 "${p.team}" tidak ada di roles.yaml teams (${p.teams}); perbaiki l3_unit atau tambahkan tim itu ke mappings/roles.yaml`,
  rolesNoAccount: (p: {team: string}) =>
    `roles.yaml teams.${p.team}: tim L3 ini belum punya akun Deskpro; isi deskpro_account untuk ${p.team} di mappings/roles.yaml`,
  rolesNotSmeLevel: (p: {agent: string; name: string; level: string; smeRoles: string}) =>
    `roster ${p.agent} (${p.name}): level ${p.level} tidak boleh menjadi SME (roles.yaml sme_roles: ${p.smeRoles}); kosongkan kolom sme orang ini atau ubah sme_roles`,
  // What is wrong at one key of a mapping file; the key path itself is data and stays as written.
  mappingTopLevel: '(tingkat teratas)',
  mappingMoreProblems: (p: {more: number}) => `  … dan ${p.more} masalah lain di berkas ini`,
  mappingRequired: 'wajib diisi, tetapi tidak ada',
  mappingWrongType: (p: {expected: string; received: string}) => `harus berupa ${p.expected}, bukan ${p.received}`,
  mappingTypes: {
    string: 'teks',
    number: 'angka',
    integer: 'bilangan bulat',
    float: 'bilangan pecahan',
    boolean: 'true atau false',
    null: 'kosong (null)',
    array: 'daftar',
    object: 'pemetaan (kunci: nilai)',
    date: 'tanggal',
  },
  mappingWrongLiteral: (p: {expected: string; received: string}) => `harus ${p.expected}, bukan ${p.received}`,
  mappingUnknownKeys: (p: {keys: string[]}) =>
    `kunci ${p.keys.map((k) => `"${k}"`).join(', ')} tidak dikenal: hapus atau perbaiki ejaannya`,
  mappingNotAnOption: (p: {received: string; options: string[]}) => `"${p.received}" tidak termasuk pilihan: ${p.options.join(', ')}`,
  mappingNoFormFits: 'tidak cocok dengan satu pun bentuk yang diizinkan',
  mappingTooSmall: (p: {type: string; minimum: number; inclusive: boolean}) =>
    p.type === 'string'
      ? p.minimum <= 1
        ? 'tidak boleh kosong'
        : `harus sekurang-kurangnya ${n(p.minimum)} karakter`
      : p.type === 'array' || p.type === 'set'
        ? `harus memuat sekurang-kurangnya ${n(p.minimum)} butir`
        : `harus ${p.inclusive ? 'sekurang-kurangnya' : 'lebih dari'} ${n(p.minimum)}`,
  mappingTooBig: (p: {type: string; maximum: number; inclusive: boolean}) =>
    p.type === 'string'
      ? `harus paling banyak ${n(p.maximum)} karakter`
      : p.type === 'array' || p.type === 'set'
        ? `harus memuat paling banyak ${n(p.maximum)} butir`
        : `harus ${p.inclusive ? 'paling tinggi' : 'kurang dari'} ${n(p.maximum)}`,
  mappingNoPatternMatch: 'tidak sesuai dengan pola yang diharapkan',
  mappingBadForm: (p: {form: string}) => `bukan ${p.form} yang valid`,
  mappingFailedCheck: (p: {code: string}) => `tidak lolos pemeriksaan ${p.code}`,
  mappingDate: 'harus tanggal YYYY-MM-DD',
  mappingTime: 'harus jam HH:MM',
  mappingSnakeCase: 'harus lower_snake_case (huruf kecil dan _ saja)',
  mappingBilingual: 'harus memuat kedua bahasa: {id: "…", en: "…"}',
  mappingStepMissing: 'langkah penutupan wajib ini tidak ada',
  mappingArchiveStepSkippable: 'langkah yang memerlukan arsip tiket terverifikasi tidak boleh dilewati: tambahkan may_skip: false',
  mappingUnknownNeed: (p: {need: string}) => `memerlukan langkah "${p.need}" yang tidak dikenal`,
  mappingNeedsCycle: 'langkah ini memerlukan dirinya sendiri melalui needs-nya (siklus)',
  // A YAML syntax error: where it is, then what the yaml library's code means.
  mappingYamlAt: (p: {line: number; col: number}) => `baris ${n(p.line)}, kolom ${n(p.col)}`,
  mappingYamlCodes: {
    BAD_INDENT: 'indentasi tidak sesuai, atau daftar/pemetaan dalam kurung [ ] atau { } tidak ditutup',
    TAB_AS_INDENT: 'tab dipakai sebagai indentasi; gunakan spasi',
    DUPLICATE_KEY: 'kunci yang sama muncul dua kali dalam satu pemetaan',
    MISSING_CHAR: 'tanda penutup (tanda kutip atau kurung) tidak ada',
    BLOCK_AS_IMPLICIT_KEY: 'pemetaan bersarang tidak boleh ditulis pada baris yang sama dengan kuncinya',
    MULTILINE_IMPLICIT_KEY: 'kunci tidak boleh melintasi lebih dari satu baris',
    UNEXPECTED_TOKEN: 'ada tanda yang tidak diharapkan di sini',
    BAD_SCALAR_START: 'nilai tanpa tanda kutip tidak boleh diawali karakter khusus ini; beri tanda kutip',
    BAD_DQ_ESCAPE: 'urutan berawalan \\ di dalam tanda kutip ganda tidak valid',
    MULTIPLE_DOCS: 'berkas memuat lebih dari satu dokumen YAML (---)',
  },
  mappingYamlOther: (p: {code: string}) => `kesalahan YAML ${p.code}`,
  mappingYamlUnreadable: 'isi berkas tidak dapat diurai sebagai YAML',
  handoverOutNotXlsx: (p: {out: string}) => `--out ${p.out} bukan berkas .xlsx`,
  handoverOutNotXlsxFix: 'berikan nama berkas yang berakhiran .xlsx, mis. --out handover.xlsx',
}

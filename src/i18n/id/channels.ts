const KINDS = {
  folder: 'sebuah folder',
  device: 'sebuah perangkat',
  fifo: 'sebuah FIFO (pipa bernama)',
  socket: 'sebuah socket',
  other: 'bukan berkas biasa',
}

/** What `channels check` and the checklist tell a person about evidence and skipped steps. */
export const channels = {
  evidenceMissing: (p: {given: string; path: string}) => `bukti "${p.given}" tampak seperti path berkas, tetapi ${p.path} tidak ada`,
  evidenceMissingFix:
    'periksa path berkasnya; tautan ditulis lengkap dengan https://; keterangan ditulis sebagai kalimat (mis. "nota dinas ND-112/PK/2025 dikirim")',
  evidenceNotAFile: (p: {given: string; path: string; kind: keyof typeof KINDS}) =>
    `bukti "${p.given}" (${p.path}) adalah ${KINDS[p.kind]}, bukan berkas biasa: tidak dapat di-hash sebagai bukti`,
  evidenceNotAFileFix: 'berikan berkasnya sendiri (mis. PDF berita acara), sebuah tautan https://, atau keterangan berupa kalimat',
  evidenceRequired: (p: {channel: string; step: string}) =>
    `${p.channel} ${p.step}: --status done memerlukan --evidence (mappings/channels.yaml: evidence: required)`,
  evidenceRequiredFix: (p: {channel: string; step: string}) =>
    `prime-migrate channels check ${p.channel} ${p.step} --status done --evidence "berkas, tautan https:// atau keterangan"`,
  mayNotSkip: (p: {channel: string; step: string}) =>
    `${p.channel} ${p.step} tidak boleh dilewati (mappings/channels.yaml: may_skip: false): kanal tertutup hanya bila langkah ini selesai`,
  mayNotSkipFix: (p: {channel: string; step: string}) =>
    `selesaikan langkahnya: prime-migrate channels check ${p.channel} ${p.step} --status done --evidence …`,
  askEvidence: (p: {required: boolean}): string =>
    p.required ? 'Bukti (wajib: teks, URL, atau path berkas):' : 'Bukti (teks, URL atau path berkas; kosongkan bila tidak ada):',
  evidenceNeeded: 'langkah ini perlu bukti untuk ditandai selesai',
  kept: (p: {code: string; label: string}) =>
    `kanal ${p.code} (${p.label}) dipertahankan, tidak ditutup: kanal ini tidak punya daftar periksa penonaktifan`,
  keptFix: 'tidak ada yang perlu diperiksa; `prime-migrate channels list` menunjukkan apa yang berlanjut di kanal itu',
  notYet: (p: {channel: string; step: string; missing: string[]}) =>
    `${p.channel} ${p.step} belum dapat ditandai selesai; yang kurang:\n  ${p.missing.join('\n  ')}`,
  missingStep: (p: {step: string; status: string; owner: string}) => `${p.step} (${p.status}; ${p.owner})`,
  archiveMissing: (p: {fix: string}) => `arsip tiket yang terverifikasi (${p.fix})`,
  archiveFix: 'ekspor dan verifikasi arsip tiket dengan `prime-migrate run tickets`',
  cannotLeave: (p: {channel: string; step: string; status: string; after: string[]}) =>
    `${p.channel} ${p.step} tidak dapat meninggalkan status ${p.status}: ${p.after.join(', ')} sudah selesai dan memerlukannya`,
  cannotLeaveFix: (p: {channel: string; after: string[]}) =>
    `kembalikan dulu ${p.after.join(', ')} (prime-migrate channels check ${p.channel} ${p.after[0]} --status in_progress)`,
  skippedNeedsNote: (p: {channel: string; step: string}) =>
    `${p.channel} ${p.step}: --status skipped memerlukan --note yang menjelaskan alasan dilewati`,
  skippedNeedsNoteFix: (p: {channel: string; step: string}) =>
    `tambahkan --note "…", mis. prime-migrate channels check ${p.channel} ${p.step} --status skipped --note "tidak ada tiket terbuka"`,
  closedNote: 'semua langkah daftar periksa kanal selesai',
  reopenedNote: 'daftar periksa kanal dibuka kembali',
  evidenceChanged: (p: {path: string; kind: string; recorded: string; now: string}) =>
    `berkas bukti ${p.path} tercatat sebagai artefak ${p.kind} dengan sha256 ${p.recorded}, tetapi kini ber-hash ${p.now}: berkas itu berubah setelah dicatat`,
  unknownChannel: (p: {code: string}) => `kanal "${p.code}" tidak dikenal`,
  unknownStep: (p: {channel: string; step: string}) => `kanal ${p.channel} tidak punya langkah daftar periksa "${p.step}"`,
  badStatus: (p: {status: string}) => `--status ${p.status} bukan status langkah daftar periksa`,
  useOneOf: (p: {options: readonly string[]}) => `gunakan salah satu dari: ${p.options.join(', ')}`,
  cycle: (p: {path: string[]}) => `channels.yaml steps: ${p.path.join(' → ')} saling menunggu (siklus)`,
  cycleFix: 'hapus salah satu needs itu di mappings/channels.yaml',
}

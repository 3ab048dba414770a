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
}

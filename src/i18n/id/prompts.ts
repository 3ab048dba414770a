/** What the interactive prompts say, their key hints included (the prompt library's own English otherwise). */
export const prompts = {
  keys: {'↑↓': 'pilih', '⏎': 'tetapkan'} as Record<string, string>,
  yesNo: (p: {defaultYes: boolean}): string => (p.defaultYes ? '(Y = ya / n = tidak)' : '(y = ya / N = tidak)'),
  yes: 'Ya',
  no: 'Tidak',
  choices: {
    done: 'selesai',
    in_progress: 'sedang dikerjakan',
    blocked: 'terhambat',
    skipped: 'dilewati (wajib catatan)',
    leave: 'biarkan, ke langkah berikutnya',
    quit: 'berhenti',
  },
  pickChannel: 'Kanal mana yang daftar periksanya akan diisi?',
  allComplete: 'Semua kanal yang ditutup sudah lengkap daftar periksanya.',
  channelHead: (p: {code: string; label: string; contact: string; done: number; total: number}) =>
    `Kanal ${p.code} — ${p.label} · kontak: ${p.contact} · ${p.done}/${p.total} langkah selesai.`,
  stepHead: (p: {step: string; label: string; status: string; owner: string; waiting: string[]}) =>
    `\nLangkah ${p.step}: ${p.label}\n  status: ${p.status} · pemilik: ${p.owner}${p.waiting.length ? ` · menunggu: ${p.waiting.join(', ')}` : ''}`,
  newStatus: (p: {step: string}) => `Status baru untuk ${p.step}?`,
  notRecorded: (p: {message: string; fix?: string}) => `  tidak dicatat: ${p.message}${p.fix ? `\n  perbaikan: ${p.fix}` : ''}`,
  noteSkipped: 'Catatan (wajib, alasan dilewati):',
  noteOptional: 'Catatan (opsional):',
  noteNeeded: 'langkah yang dilewati perlu catatan',
  recorded: (p: {step: string; from: string; to: string; actor: string; sha?: string}) =>
    `  dicatat: ${p.step} ${p.from} → ${p.to} oleh ${p.actor}${p.sha ? ` (bukti sha256 ${p.sha})` : ''}`,
  channelClosed: (p: {code: string}) => `Kanal ${p.code} TERTUTUP.`,
  channelOpen: (p: {code: string; done: number; total: number; open: string[]}) =>
    `Kanal ${p.code}: ${p.done}/${p.total} langkah selesai; terbuka: ${p.open.join(', ')}`,
  stopped: (p: {count: number}) => `\nDihentikan. ${p.count} langkah sudah dicatat dan tetap tercatat.`,
  noOneToAsk: (p: {what: string}) => `${p.what} perlu konfirmasi dan tidak ada yang dapat ditanya (tanpa terminal atau dengan --json)`,
  noOneToAskFix: (p: {flag: string}) => `tambahkan --yes untuk mengonfirmasi ${p.flag}`,
  notConfirmed: (p: {what: string}) => `${p.what} tidak dikonfirmasi; tidak ada yang diekspor`,
  notConfirmedFix: (p: {flag: string}) => `jalankan lagi tanpa ${p.flag}, atau konfirmasikan`,
}

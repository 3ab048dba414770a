/** The headings and displayed values of `status`, `plan` and `channels list`; --json keeps the codes. */
export const tables = {
  stepStatus: {
    pending: 'belum dikerjakan',
    running: 'berjalan',
    done: 'selesai',
    failed: 'gagal',
    blocked: 'tertahan',
    skipped: 'dilewati',
    stale: 'usang',
    in_progress: 'sedang dikerjakan',
  } as Record<string, string>,
  stageStatus: {
    pending: 'belum dimulai',
    in_progress: 'berjalan',
    done: 'selesai',
    blocked: 'tertahan',
    failed: 'gagal',
    stale: 'usang',
  } as Record<string, string>,
  kind: {auto: 'otomatis', gate: 'gerbang', decision: 'keputusan'} as Record<string, string>,
  statusHead: (p: {cutover: string; today: string; done: number; total: number}) =>
    `Cutover ${p.cutover} · hari ini ${p.today} · ${p.done}/${p.total} langkah selesai\n`,
  stagesColumns: ['tahap', 'selesai', 'status'],
  stepsColumns: ['langkah', 'status', 'oleh', 'kapan', 'catatan'],
  overdueLine: (p: {id: string; due: string; owner: string}) => `  ${p.id} (tenggat ${p.due}, ${p.owner})`,
  planHead: (p: {cutover: string}) => `Rencana konsolidasi ke Kemenkeu Prime — cutover ${p.cutover}\n`,
  planColumns: ['langkah', 'jenis', 'judul', 'penanggung jawab', 'tenggat', 'status'],
  decisionsTitle: 'Keputusan tercatat:',
  channelState: {kept: 'tetap dilayani', open: 'belum dimulai', closing: 'sedang ditutup', closed: 'TERTUTUP'} as Record<string, string>,
  channelDecision: {keep: 'dipertahankan', close: 'ditutup'} as Record<string, string>,
  channelHead: (p: {code: string; label: string; contact: string; decision: string; state: string; progress?: string}) =>
    `${p.code} — ${p.label}\n  kontak: ${p.contact}\n  keputusan: ${p.decision} · status: ${p.state}${p.progress ? ` (${p.progress} langkah)` : ''}`,
  continues: (p: {what: string}) => `  berlanjut: ${p.what}`,
  evidenceFile: (p: {sha: string}) => `[berkas sha256 ${p.sha}] `,
  channelColumns: ['langkah', 'status', 'oleh', 'kapan', 'bukti', 'catatan'],
  peopleColumns: ['agen', 'nama', 'unit', 'sebelum', 'sesudah', 'tim L3', 'SME untuk'],
  routingColumns: ['topik', 'L1', 'L2', 'L3', 'akun Deskpro L3', 'SME'],
  topicsWithoutSme: (p: {topics: string[]}) => `Topik tanpa SME (${p.topics.length}): ${p.topics.join(', ')}`,
  everyTopicHasSme: 'Setiap topik memiliki SME.',
  roles: (p: {people: string; routing: string; gaps: string}) =>
    `Peran (sebelum → sesudah):\n${p.people}\n\nMatriks rute (Kemenkeu Prime L1 → pool L2 DJPK → tim L3):\n${p.routing}\n\n${p.gaps}`,
}

import type {InputChange} from '../input-change'

const INPUTS: Record<string, string> = {
  tickets: 'register tiket',
  faq: 'FAQ',
  roster: 'roster',
  survey: 'survei kepuasan',
  chatbot: 'register chatbot',
  visits: 'register tatap muka',
  vicon: 'register video conference',
  kms_decisions: 'keputusan SME atas KMS',
  roles: 'pemetaan peran',
  channels: 'daftar periksa kanal',
  published_figures: 'angka terpublikasi',
  cutover: 'tanggal cutover',
  signoffs: 'pengesahan',
}

const input = (name: string) => (name.startsWith('step:') ? `hasil langkah ${name.slice(5)}` : (INPUTS[name] ?? name))

/** What `status`, `plan` and the runner tell a person about steps and what they were computed from. */
export const plan = {
  input,
  changes: (p: {changed: InputChange[]}) => p.changed.map((c) => `${input(c.input)} (perubahan ke-${c.was} → ke-${c.now})`).join(', '),
  staleCommand: (p: {stage: string}) => `prime-migrate run ${p.stage} (minta konfirmasi; atau tambahkan --yes)`,
  staleTitle: 'Usang (dihitung dari masukan yang sudah berubah):',
  staleLine: (p: {id: string; changes: string; command: string}) => `  ${p.id} — berubah: ${p.changes}; perbarui: ${p.command}`,
  waitingTitle: 'Menunggu:',
  overdueTitle: (p: {count: number}) => `Lewat tenggat (${p.count}):`,
}

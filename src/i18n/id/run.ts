import type {InputChange} from '../input-change'
import {plan} from './plan'

/** What `run` tells a person as it goes: steps done before, where it waits, what it wrote. */
export const run = {
  already: (p: {status: string}) => `sudah ${p.status === 'skipped' ? 'dilewati' : 'selesai'}`,
  staleLine: (p: {changed: InputChange[]}) => `usang: berubah ${plan.changes(p)}`,
  previewAlready: (p: {status: string}) => `sudah ${p.status === 'skipped' ? 'dilewati' : 'selesai'}`,
  previewUnavailable: 'belum tersedia pada versi ini',
  previewWillRun: 'akan dijalankan',
  previewWillRedo: (p: {changed: InputChange[]}) => `usang, akan diulang: berubah ${plan.changes(p)}`,
  previewCleared: 'gerbang sudah terpenuhi',
  previewWaiting: (p: {waitingOn: string; clear: string}) => `berhenti di sini: menunggu ${p.waitingOn} (${p.clear})`,
  previewWaitingSteps: (p: {unmet: string[]}) => `menunggu langkah ${p.unmet.join(', ')}`,
  redoNote: (p: {changed: InputChange[]}) => `diulang karena masukannya berubah: ${plan.changes(p)}`,
  staleStop: (p: {step: string; changed: InputChange[]}) =>
    `langkah ${p.step} usang (berubah ${plan.changes(p)}); mengulangnya perlu konfirmasi`,
  staleList: (p: {steps: {id: string; changed: InputChange[]}[]}) =>
    `Langkah yang usang dan akan diulang:\n${p.steps.map((s) => `  ${s.id} — berubah: ${plan.changes(s)}`).join('\n')}`,
  staleNeedsYes: (p: {list: string}) => `${p.list}\nMengulang langkah itu perlu konfirmasi, dan tidak ada terminal untuk bertanya`,
  staleQuestion: (p: {count: number}) => `Ulangi ${p.count} langkah yang usang, berurutan?`,
  staleDeclined: 'langkah yang usang tidak diulang; tidak ada yang dijalankan',
  staleFix: 'jalankan `prime-migrate run` di terminal dan jawab ya, atau `prime-migrate run --yes`',
  wrote: (p: {files: {path: string; files: number}[]}) =>
    `Berkas yang ditulis:\n${p.files.map((f) => `  ${f.path}${f.files > 1 ? ` (${f.files} berkas)` : ''}`).join('\n')}`,
  wroteNothing: 'Tidak ada berkas yang ditulis.',
  finished: (p: {count: number}) => `Selesai: ${p.count} langkah dijalankan.`,
  waitsOnSteps: (p: {step: string; unmet: string[]}) => `${p.step} menunggu langkah ${p.unmet.join(', ')}`,
  waitsOnStepsFix: 'jalankan `prime-migrate run` untuk tahap-tahap sebelumnya terlebih dahulu',
}

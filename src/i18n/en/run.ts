import type {InputChange} from '../input-change'
import type {Catalogue} from '../types'
import {plan} from './plan'

export const run: Catalogue['run'] = {
  already: (p) => `already ${p.status === 'skipped' ? 'skipped' : 'done'}`,
  staleLine: (p) => `stale: changed ${plan.changes(p)}`,
  previewAlready: (p) => `already ${p.status === 'skipped' ? 'skipped' : 'done'}`,
  previewUnavailable: 'not available in this version',
  previewWillRun: 'will run',
  previewWillRedo: (p) => `stale, will be redone: changed ${plan.changes(p)}`,
  previewCleared: 'gate already cleared',
  previewWaiting: (p) => `stops here: waiting on ${p.waitingOn} (${p.clear})`,
  previewWaitingSteps: (p) => `waiting on steps ${p.unmet.join(', ')}`,
  redoNote: (p) => `redone because its inputs changed: ${plan.changes(p)}`,
  staleStop: (p: {step: string; changed: InputChange[]}) =>
    `step ${p.step} is stale (changed ${plan.changes(p)}); redoing it needs a confirmation`,
  staleList: (p) => `Stale steps that will be redone:\n${p.steps.map((s) => `  ${s.id} — changed: ${plan.changes(s)}`).join('\n')}`,
  staleNeedsYes: (p) => `${p.list}\nRedoing them needs a confirmation, and there is no terminal to ask in`,
  staleQuestion: (p) => `Redo ${p.count} stale step(s), in order?`,
  staleDeclined: 'the stale steps were not redone; nothing ran',
  staleFix: 'run `prime-migrate run` at a terminal and answer yes, or `prime-migrate run --yes`',
  wrote: (p) => `Files written:\n${p.files.map((f) => `  ${f.path}${f.files > 1 ? ` (${f.files} files)` : ''}`).join('\n')}`,
  wroteNothing: 'No files were written.',
  finished: (p) => `Done: ${p.count} step(s) ran.`,
  waitsOnSteps: (p) => `${p.step} waits on ${p.unmet.join(', ')}`,
  waitsOnStepsFix: 'run `prime-migrate run` for the earlier stages first',
}

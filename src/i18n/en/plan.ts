import type {InputChange} from '../input-change'
import type {Catalogue} from '../types'

const INPUTS: Record<string, string> = {
  tickets: 'the ticket register',
  faq: 'the FAQ',
  roster: 'the roster',
  survey: 'the satisfaction survey',
  chatbot: 'the chatbot register',
  visits: 'the face-to-face register',
  vicon: 'the video conference register',
  kms_decisions: "the SMEs' KMS decisions",
  roles: 'the role mapping',
  channels: 'the channel checklists',
  published_figures: 'the published figures',
  cutover: 'the cutover date',
  signoffs: 'the sign-offs',
}

const input = (name: string) => (name.startsWith('step:') ? `the result of step ${name.slice(5)}` : (INPUTS[name] ?? name))

export const plan: Catalogue['plan'] = {
  input,
  changes: (p: {changed: InputChange[]}) => p.changed.map((c) => `${input(c.input)} (change ${c.was} → ${c.now})`).join(', '),
  staleCommand: (p) => `prime-migrate run ${p.stage} (asks to confirm; or add --yes)`,
  staleTitle: 'Stale (computed from inputs that have changed since):',
  staleLine: (p) => `  ${p.id} — changed: ${p.changes}; bring up to date: ${p.command}`,
  waitingTitle: 'Waiting:',
  overdueTitle: (p) => `Overdue (${p.count}):`,
}

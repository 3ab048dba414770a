import type {Catalogue} from '../types'

export const prompts: Catalogue['prompts'] = {
  keys: {'↑↓': 'navigate', '⏎': 'select'},
  yesNo: (p) => (p.defaultYes ? '(Y/n)' : '(y/N)'),
  yes: 'Yes',
  no: 'No',
  choices: {
    done: 'done',
    in_progress: 'in progress',
    blocked: 'blocked',
    skipped: 'skipped (a note is required)',
    leave: 'leave it, go to the next item',
    quit: 'stop',
  },
  pickChannel: 'Which channel’s checklist do you want to fill in?',
  allComplete: 'Every channel being closed has a complete checklist.',
  channelHead: (p) => `Channel ${p.code} — ${p.label} · contact: ${p.contact} · ${p.done}/${p.total} items finished.`,
  stepHead: (p) =>
    `\nItem ${p.step}: ${p.label}\n  status: ${p.status} · owner: ${p.owner}${p.waiting.length ? ` · waiting on: ${p.waiting.join(', ')}` : ''}`,
  newStatus: (p) => `New status for ${p.step}?`,
  notRecorded: (p) => `  not recorded: ${p.message}${p.fix ? `\n  fix: ${p.fix}` : ''}`,
  noteSkipped: 'Note (required: why it is skipped):',
  noteOptional: 'Note (optional):',
  noteNeeded: 'a skipped item needs a note',
  recorded: (p) => `  recorded: ${p.step} ${p.from} → ${p.to} by ${p.actor}${p.sha ? ` (evidence sha256 ${p.sha})` : ''}`,
  channelClosed: (p) => `Channel ${p.code} CLOSED.`,
  channelOpen: (p) => `Channel ${p.code}: ${p.done}/${p.total} items finished; open: ${p.open.join(', ')}`,
  stopped: (p) => `\nStopped. ${p.count} item(s) recorded, and they stay recorded.`,
  noOneToAsk: (p) => `${p.what} needs a confirmation and there is no one to ask (no terminal or --json)`,
  noOneToAskFix: (p) => `add --yes to confirm ${p.flag}`,
  notConfirmed: (p) => `${p.what} was not confirmed; nothing was exported`,
  notConfirmedFix: (p) => `run again without ${p.flag}, or confirm it`,
}

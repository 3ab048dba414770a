import type {Catalogue} from '../types'

const KINDS = {folder: 'a folder', device: 'a device', fifo: 'a FIFO (named pipe)', socket: 'a socket', other: 'not a regular file'}

export const channels: Catalogue['channels'] = {
  evidenceMissing: (p) => `evidence "${p.given}" looks like a file path, but ${p.path} does not exist`,
  evidenceMissingFix:
    'check the file path; write a link in full with https://; write a statement as a sentence (e.g. "memo ND-112/PK/2025 sent")',
  evidenceNotAFile: (p) => `evidence "${p.given}" (${p.path}) is ${KINDS[p.kind]}, not a regular file: it cannot be hashed as evidence`,
  evidenceNotAFileFix: 'give the file itself (e.g. the PDF of the minutes), an https:// link, or a statement as a sentence',
  evidenceRequired: (p) => `${p.channel} ${p.step}: --status done needs --evidence (mappings/channels.yaml: evidence: required)`,
  evidenceRequiredFix: (p) =>
    `prime-migrate channels check ${p.channel} ${p.step} --status done --evidence "a file, an https:// link or a statement"`,
  mayNotSkip: (p) =>
    `${p.channel} ${p.step} may not be skipped (mappings/channels.yaml: may_skip: false): a channel is closed only when it is done`,
  mayNotSkipFix: (p) => `do the step: prime-migrate channels check ${p.channel} ${p.step} --status done --evidence …`,
  askEvidence: (p) =>
    p.required ? 'Evidence (required: text, URL or file path):' : 'Evidence (text, URL or file path; leave empty if none):',
  evidenceNeeded: 'this step needs evidence to be marked done',
  kept: (p) => `channel ${p.code} (${p.label}) is kept, not closed: it has no shutdown checklist`,
  keptFix: 'nothing to check; `prime-migrate channels list` shows what continues on it',
  notYet: (p) => `${p.channel} ${p.step} cannot be marked done yet; missing:\n  ${p.missing.join('\n  ')}`,
  missingStep: (p) => `${p.step} (${p.status}; ${p.owner})`,
  archiveMissing: (p) => `the verified ticket archive (${p.fix})`,
  archiveFix: 'export and verify the ticket archive with `prime-migrate run tickets`',
  cannotLeave: (p) =>
    `${p.channel} ${p.step} cannot leave ${p.status}: ${p.after.join(', ')} ${p.after.length === 1 ? 'is' : 'are'} done and need${p.after.length === 1 ? 's' : ''} it`,
  cannotLeaveFix: (p) =>
    `set ${p.after.join(', ')} back first (prime-migrate channels check ${p.channel} ${p.after[0]} --status in_progress)`,
  skippedNeedsNote: (p) => `${p.channel} ${p.step}: --status skipped needs --note saying why the step is skipped`,
  skippedNeedsNoteFix: (p) =>
    `add --note "…", e.g. prime-migrate channels check ${p.channel} ${p.step} --status skipped --note "no open tickets"`,
  closedNote: 'every item of the channel checklist finished',
  reopenedNote: 'channel checklist reopened',
  evidenceChanged: (p) =>
    `evidence file ${p.path} is recorded as a ${p.kind} artifact with sha256 ${p.recorded}, but it now hashes to ${p.now}: it changed since it was recorded`,
  unknownChannel: (p) => `unknown channel "${p.code}"`,
  unknownStep: (p) => `channel ${p.channel} has no checklist step "${p.step}"`,
  badStatus: (p) => `--status ${p.status} is not a step status`,
  useOneOf: (p) => `use one of: ${p.options.join(', ')}`,
  cycle: (p) => `channels.yaml steps: ${p.path.join(' → ')} is a cycle`,
  cycleFix: 'remove one of those needs in mappings/channels.yaml',
}

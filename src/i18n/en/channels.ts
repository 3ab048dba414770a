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
}

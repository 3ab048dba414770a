import {formatNumber} from '../format'
import type {Catalogue} from '../types'

const n = (x: number) => formatNumber(x, 'en')

export const commands: Catalogue['commands'] = {
  reviewWritten: (p) => `Review workbook ${p.path}: ${n(p.articles)} articles, ${n(p.flagged)} flagged (ID ${p.workbook_id}).`,
  unmappedTopic: (p) => `  topic without a KMS category: ${p.topic} (${n(p.articles)} articles) — ${p.reason}`,
  kmsExported: (p) =>
    `KMS package in ${p.out}: ${n(p.exported)} articles exported; ${n(p.exclude)} excluded, ${n(p.revise)} to revise, ${n(p.notFinal)} not final (see manifest.json).`,
  reviewApplied: (p) =>
    `${n(p.applied)} decisions applied, ${n(p.unchanged)} unchanged, ${n(p.rejected)} rows rejected, ${n(p.skipped)} rows undecided.`,
  rejectedTitle: 'Rejected rows:',
  rejectedColumns: ['row', 'ID', 'reason'],
  archiveVerified: (p) => `Archive ${p.out_dir} verified: ${n(p.files)} files, ${n(p.rows)} tickets match the store.`,
  confidentialQuestion: 'Include requester data and the text of confidential complaints in the archive? This is recorded in the audit log.',
  confidentialWhat: '--include-confidential (confidential complaints exported with requester and body)',
  archiveExported: (p) =>
    `Archive ${p.out_dir}: ${n(p.files)} files, ${n(p.exported)} tickets exported, ${n(p.excluded)} excluded, ${n(p.redacted)} redacted${p.kept !== undefined ? ` (resumed; ${n(p.kept)} months already there)` : ''}.`,
  handoverWritten: (p) => `Handover workbook written: ${p.file} (${n(p.sheets)} sheets, audit chain head ${p.head}…)`,
  auditBroken: 'the audit chain is NOT intact: run `prime-migrate audit verify` for the details',
  truncated: (p) => `${n(p.cells)} text cells cut to 32,767 characters (the Excel limit)`,
  nothingToWrite: 'nothing to write',
  nothingToWriteFix: 'give --out FILE.xlsx for the workbook, or --json for the rows',
  metricsWritten: (p) => `Metrics workbook written: ${p.file} (${n(p.rows)} data rows, ${n(p.sheets)} sheets, ${n(p.charts)} charts)`,
  reconciled: (p) =>
    `Reconciliation: ${n(p.compared)} published figures compared, ${n(p.differences)} differ, ${n(p.missing)} missing from the data`,
  flagged: (p) => `  ${p.period} ${p.metric}${p.dimension ? ` [${p.dimension}]` : ''}: published ${p.published}, computed ${p.computed}`,
  rolesNotMapped: 'Roles not mapped yet: run `prime-migrate roles map`.',
  rolesRecorded: (p) =>
    `\nRecorded: ${n(p.people)} role changes, ${n(p.sme)} SME changes, ${n(p.routing)} routing changes (by ${p.actor}).`,
  smeMissing: (p) => `roles are mapped, but ${n(p.topics.length)} topic(s) have no SME: ${p.topics.join(', ')}`,
  smeMissingFix:
    'put the topic codes (separated by ;) in the sme column of DJPK L1/L2 people in the roster, `prime-migrate import roster FILE.csv`, then `prime-migrate roles map` again',
  stepChanged: (p) =>
    `${p.channel} ${p.step}: ${p.from} → ${p.to} (by ${p.actor}, ${p.at})${p.sha ? `\n  evidence ${p.evidence} sha256 ${p.sha}` : ''}`,
  stepUnchanged: (p) => `${p.channel} ${p.step}: already ${p.status}, nothing changed`,
  channelClosed: (p) => `Channel ${p.channel} CLOSED: every item finished.`,
  openItems: (p) => `Items still open: ${p.steps.join(', ')}`,
  checklistCannotAsk: (p) =>
    `channels checklist asks questions, and ${{json: '--json was given', yes: '--yes was given', tty: 'there is no terminal to ask in (stdin or stdout is not a TTY)'}[p.why]}`,
  checklistCannotAskFix:
    'record each step without prompts: prime-migrate channels check CHANNEL STEP --status done|in_progress|blocked|skipped [--evidence TEXT|URL|FILE] [--note TEXT]',
}

import {formatNumber} from '../format'
import type {Catalogue} from '../types'

const n = (x: number) => formatNumber(x, 'en')

export const steps: Catalogue['steps'] = {
  waiting: (p) => `waiting on ${p.on}`,
  unavailable: (p) => `${p.step}: ${p.title}: this version of prime-migrate cannot do this step yet`,
  unavailableFix: 'do it by hand and record it, or upgrade prime-migrate',
  unavailableNote: 'this version cannot do this step yet',
  redoNote: 'redone on request (--redo)',
  contributors: (p) => `${n(p.count)} KMS contributor agents recorded`,
  noContributors: 'the roster marks no agent as KMS contributor (column kms_contributor)',
  unknownStage: (p) => `unknown stage "${p.stage}"`,
  useOneOf: (p) => `use one of: ${p.options.join(', ')}`,
  noSuchStep: (p) => `--redo ${p.id}: no such step`,
  noSuchStepFix: 'run `prime-migrate plan` to see the step ids',
  onlyAuto: (p) => `--redo ${p.id}: only automatic steps can be redone`,
  onlyAutoFix: (p) => `${p.id} is a ${p.kind}; change what it waits on instead`,
  registers: {faq: 'FAQ', tickets: 'tickets', roster: 'roster'},
  ticketsCommand: 'prime-migrate import tickets FILE.csv (or --deskpro mysql://…)',
  sourcesMissing: (p) => `DJPK Contact Center team: load the ${p.labels.join(', ')} register(s)`,
  sourcesLoaded: 'registers loaded',
  mappingsValid: 'all mapping files are valid',
  rolesMapped: (p) =>
    `${n(p.people)} people mapped (${p.levels}); ${n(p.routed)} topics routed; ${n(p.sme)} SME assignments${p.uncovered ? `; ${n(p.uncovered)} topics without an SME` : ''}`,
  rolesNotMapped: 'Consolidation project lead: roles not mapped yet',
  smeCovered: (p) => `every topic has an SME (${n(p.assignments)} assignments)`,
  smeMissing: (p) => `SME coordinator: name an SME for ${n(p.topics.length)} topic(s): ${p.topics.join(', ')}`,
  smeClear:
    'fill the sme column (topic codes separated by ;) for DJPK staff in the roster, then `prime-migrate import roster FILE.csv` and `prime-migrate roles map`',
  channelClosed: (p) => `channel ${p.code} closed: every checklist item finished`,
  reviewWritten: (p) => `review workbook written: ${p.path}`,
  reviewNote: (p) => `${n(p.articles)} articles, ${n(p.flagged)} flagged, ${n(p.unmapped)} topics without a category; ${p.path}`,
  reviewDone: (p) => `all ${n(p.articles)} articles decided by the SMEs (${n(p.approve)} approved, ${n(p.exclude)} excluded)`,
  reviewPending: (p) =>
    `SME coordinator: ${n(p.pending)} of ${n(p.articles)} articles not final (${n(p.undecided)} undecided, ${n(p.revise)} to revise, ${n(p.stale)} changed after review)`,
  kmsExported: (p) => `${n(p.exported)} articles exported to ${p.out} (${n(p.exclude)} excluded)`,
  kmsFileWritten: (p) => `${p.path} written`,
  ticketsExported: (p) =>
    `${n(p.files)} monthly files, ${n(p.exported)} tickets exported, ${n(p.excluded)} excluded, ${n(p.redacted)} redacted`,
  ticketsResumed: (p) => `resuming export #${p.id} into ${p.out}`,
  ticketsWriting: (p) => `${p.period}: writing ${p.file}`,
  ticketsVerified: (p) => `archive verified: ${n(p.files)} files, ${n(p.rows)} tickets match the store`,
  metricsComputing: 'computing the historical metrics',
  metricsBuilt: (p) => `${p.file}: ${n(p.rows)} rows, ${n(p.charts)} charts; ${p.note}`,
  handoverBuilt: (p) => `handover workbook: ${p.file}`,
}

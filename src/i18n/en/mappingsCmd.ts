import {formatNumber} from '../format'
import type {Catalogue} from '../types'

export const mappingsCmd: Catalogue['mappingsCmd'] = {
  rederived: (p) =>
    `derived again with the mappings and decisions in force: ${formatNumber(p.tickets, 'en')} tickets, ${formatNumber(p.visits, 'en')} visits, ${formatNumber(p.vicon, 'en')} vicon`,
  none: 'Every stored region text is recognised or decided.',
  summary: (p) => `${formatNumber(p.values, 'en')} region texts not recognised, used by ${formatNumber(p.rows, 'en')} stored rows:`,
  columns: {value: 'region text', why: 'why', rows: 'rows', candidates: 'best candidates'},
  more: (p) => `… and ${formatNumber(p.n, 'en')} more texts (all of them with --out or --json)`,
  written: (p) =>
    `Worklist ${p.path}: ${formatNumber(p.values, 'en')} region texts (id ${p.id}). Once filled in: prime-migrate mappings apply ${p.path}`,
  applied: (p) =>
    `${formatNumber(p.decided, 'en')} decisions recorded, ${formatNumber(p.unchanged, 'en')} unchanged, ${formatNumber(p.rejected, 'en')} rows rejected, ${formatNumber(p.skipped, 'en')} rows not yet decided.`,
  rejectedTitle: 'Rejected rows:',
  rejectedColumns: {row: 'row', value: 'region text', reason: 'reason'},
  lockedChanged: (p) =>
    `column ${p.column} or its hidden key was changed (locked columns): make a new worklist with prime-migrate mappings unresolved --out`,
  commentWithoutDecision: (p) => `a comment without a decision: fill in ${p.decision} or ${p.other}`,
  bothFilled: (p) => `both ${p.decision} and ${p.other} are filled in: fill in one only`,
  repeated: (p) => `"${p.value}" appears more than once in this workbook; only its first row is used`,
  unknownChoice: (p) =>
    `${p.column} "${p.value}" is not one of the choices: pick from the list (a candidate, not_a_region, or a place of the Places sheet)`,
  notFound: (p) => `${p.path} does not exist`,
  notFoundFix: 'give the worklist made by `prime-migrate mappings unresolved --out FILE.xlsx`, filled in',
  unreadable: (p) => `${p.path} is not a readable xlsx workbook: ${p.reason}`,
  unreadableFix: 'save it as .xlsx (Excel Workbook) and try again',
  notWorklist: (p) => `${p.path} is not a worklist of unresolved regions (no worklist sheet or no workbook id)`,
  headerMovedFix: 'do not insert, move or delete columns; make a new worklist with `prime-migrate mappings unresolved --out FILE.xlsx`',
}

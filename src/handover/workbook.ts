import {HandoverData} from './collect'
import {HANDOVER_LABELS, HandoverLang} from './labels'
import {SIGNOFF_ROLES} from '../signoff/signoff'
import {addTableSheet} from './table-sheet'

/** Build the auditors' handover workbook from collected data and write it to `file`. */
export async function writeHandoverWorkbook(data: HandoverData, file: string, lang: HandoverLang = 'id'): Promise<void> {
  const ExcelJS = (await import('exceljs')).default
  const L = HANDOVER_LABELS[lang]
  const wb = new ExcelJS.Workbook()
  wb.creator = `prime-migrate ${data.version}`
  wb.created = new Date(data.generatedAt)
  wb.title = L.title
  const opts = {truncatedMark: L.truncated}

  const S = L.summary
  const summary = [
    [S.cutover, data.cutover],
    [S.overall, data.complete ? S.statusDone : S.statusOpen],
    [S.progress, `${data.progress.done} / ${data.progress.total}`],
    [S.tickets, data.counts.tickets],
    [S.faq, data.counts.faq],
    [S.people, data.counts.people],
    [S.artifacts, data.counts.artifacts],
    [S.signoffs, `${data.counts.signoffs} / ${Object.keys(SIGNOFF_ROLES).length}`],
    [S.store, data.store],
    [S.auditEntries, data.audit.entries],
    [S.auditHead, data.audit.head],
    [S.generatedAt, data.generatedAt],
    [S.generatedBy, data.generatedBy],
    [S.version, data.version],
    ['', S.note],
  ]
  await addTableSheet(wb, L.sheets.summary, [{header: S.item, key: 'item', width: 34}, {header: S.value, key: 'value', width: 90, wrap: true}], summary.map(([item, value]) => ({item, value})), opts)

  const P = L.plan
  await addTableSheet(wb, L.sheets.plan, [
    {header: P.step, key: 'id', width: 26}, {header: P.stage, key: 'stage', width: 10}, {header: P.kind, key: 'kind', width: 9},
    {header: P.title, key: 'title', width: 48, wrap: true}, {header: P.owner, key: 'owner', width: 24, wrap: true}, {header: P.due, key: 'due_date', width: 11},
    {header: P.status, key: 'status', width: 10}, {header: P.actor, key: 'actor', width: 14}, {header: P.at, key: 'updated_at', width: 20},
    {header: P.note, key: 'note', width: 40, wrap: true}, {header: P.seed, key: 'seed_ref', width: 34, wrap: true},
  ], data.plan as unknown as Record<string, unknown>[], {...opts, landscape: true})

  const A = L.artifacts
  await addTableSheet(wb, L.sheets.artifacts, [
    {header: A.kind, key: 'kind', width: 18}, {header: A.path, key: 'path', width: 60, wrap: true}, {header: A.sha256, key: 'sha256', width: 66},
    {header: A.bytes, key: 'bytes', width: 14, numFmt: '#,##0'}, {header: A.rows, key: 'rows', width: 10, numFmt: '#,##0'}, {header: A.at, key: 'created_at', width: 22}, {header: A.actor, key: 'actor', width: 14},
  ], data.artifacts as unknown as Record<string, unknown>[], {...opts, landscape: true})

  const G = L.signoff
  await addTableSheet(wb, L.sheets.signoff, [
    {header: G.role, key: 'role', width: 26}, {header: G.name, key: 'name', width: 26}, {header: G.organisation, key: 'organisation', width: 20},
    {header: G.statement, key: 'statement', width: 60, wrap: true}, {header: G.at, key: 'signed_at', width: 22}, {header: G.actor, key: 'actor', width: 14},
  ], data.signoffs.map((s) => ('missing' in s ? {role: SIGNOFF_ROLES[s.role].label, name: G.missing} : {...s, role: SIGNOFF_ROLES[s.role].label})), {...opts, landscape: true})

  const U = L.audit
  await addTableSheet(wb, L.sheets.audit, [
    {header: U.id, key: 'id', width: 7}, {header: U.at, key: 'at', width: 22}, {header: U.actor, key: 'actor', width: 14}, {header: U.command, key: 'command', width: 26},
    {header: U.action, key: 'action', width: 22}, {header: U.details, key: 'details', width: 70, wrap: true}, {header: U.hash, key: 'hash', width: 66},
  ], data.auditLog, {...opts, landscape: true})

  await wb.xlsx.writeFile(file)
}

import type {Workbook} from 'exceljs'
import {formatDateTime, msg} from '../i18n'
import {SIGNOFF_ROLES} from '../signoff/signoff'
import {labelsFor, Lang} from '../workbooks/labels'
import {addTableSheet, Cell, Column, TableSheetOptions} from '../workbooks/sheet'
import {HandoverData} from './collect'

type L = ReturnType<typeof labelsFor>['handover'] & {lang: Lang; h: ReturnType<typeof msg>['handover']}

/** One sheet of the workbook: its columns and rows, built from the collected data only. */
interface SheetSpec {
  name: string
  columns: Column[]
  rows: Cell[][]
  flag?: (row: Cell[]) => boolean
}

const yesNo = (L: L, v: boolean) => (v ? L.yes : L.no)

function summarySheet(d: HandoverData, L: L): SheetSpec {
  const S = L.summary
  const H = L.h
  const overall =
    d.kind === 'draft' ? H.statusDraft : d.complete ? S.statusDone : d.onlyThisWorkbookLeft ? S.statusDoneButThis : S.statusOpen
  const signed: Cell[][] = d.signedDraft
    ? [
        [H.signedDraft, d.signedDraft.path],
        [H.signedDraftSha, d.signedDraft.sha256],
      ]
    : []
  const rows: Cell[][] = [
    [S.cutover, d.cutover],
    [S.overall, overall],
    ...signed,
    [S.progress, `${d.progress.done} / ${d.progress.total}`],
    [S.tickets, d.counts.tickets],
    [S.archived, d.counts.archived],
    [S.faq, d.counts.faq],
    [S.kmsApproved, d.counts.kmsApproved],
    [H.metricsReconciliation, d.metrics.note ?? H.metricsNotBuilt],
    [S.channelsClosed, `${d.counts.channelsClosed} / ${d.counts.channelsClosing}`],
    [S.channelsKept, d.counts.channelsKept],
    [S.people, d.counts.people],
    [S.artifacts, d.counts.artifacts],
    [S.signoffs, `${d.counts.signoffs} / ${Object.keys(SIGNOFF_ROLES).length}`],
    [S.store, d.store],
    [S.auditEntries, d.audit.entries],
    [S.auditIntact, yesNo(L, d.audit.ok)],
    [S.auditHead, d.audit.head],
    [S.generatedAt, d.generatedAt],
    [S.generatedBy, d.generatedBy],
    [S.version, d.version],
    ['', S.note],
  ]
  return {
    name: L.sheets.summary,
    columns: [
      {header: S.item, width: 34},
      {header: S.value, width: 90, wrap: true},
    ],
    rows,
    flag: (r) => r[0] === S.auditIntact && r[1] === L.no,
  }
}

function planSheet(d: HandoverData, L: L): SheetSpec {
  const P = L.plan
  return {
    name: L.sheets.plan,
    columns: [
      {header: P.step, width: 26},
      {header: P.stage, width: 10},
      {header: P.kind, width: 9},
      {header: P.title, width: 48, wrap: true},
      {header: P.owner, width: 24, wrap: true},
      {header: P.due, width: 11},
      {header: P.status, width: 10},
      {header: P.actor, width: 14},
      {header: P.at, width: 24},
      {header: P.note, width: 40, wrap: true},
      {header: P.seed, width: 34, wrap: true},
    ],
    rows: d.plan.map((s) => [s.id, s.stage, s.kind, s.title, s.owner, s.due_date, s.status, s.actor, s.updated_at, s.note, s.seed_ref]),
    flag: (r) => r[6] === 'failed' || r[6] === 'blocked',
  }
}

function channelsSheet(d: HandoverData, L: L): SheetSpec {
  const C = L.channels
  const rows: Cell[][] = []
  for (const c of d.channels) {
    if (c.decision === 'keep') {
      rows.push([c.label, c.contact_point, c.decision, c.state, '', '', '', '', '', '', c.continues])
      continue
    }
    for (const s of c.steps)
      rows.push([
        c.label,
        c.contact_point,
        c.decision,
        c.state,
        s.label,
        s.status,
        s.actor,
        s.updated_at,
        s.evidence,
        s.evidence_sha256,
        s.note,
      ])
  }
  return {
    name: L.sheets.channels,
    columns: [
      {header: C.channel, width: 22, wrap: true},
      {header: C.contact, width: 26, wrap: true},
      {header: C.decision, width: 10},
      {header: C.state, width: 10},
      {header: C.step, width: 34, wrap: true},
      {header: C.status, width: 11},
      {header: C.actor, width: 14},
      {header: C.at, width: 24},
      {header: C.evidence, width: 36, wrap: true},
      {header: C.evidenceSha, width: 30, wrap: true},
      {header: C.note, width: 40, wrap: true},
    ],
    rows,
    flag: (r) => r[2] === 'close' && r[5] !== 'done',
  }
}

function rolesSheet(d: HandoverData, L: L): SheetSpec {
  const R = L.roles
  return {
    name: L.sheets.roles,
    columns: [
      {header: R.id, width: 12},
      {header: R.person, width: 28},
      {header: R.unit, width: 16},
      {header: R.before, width: 12},
      {header: R.after, width: 12},
      {header: R.sme, width: 40, wrap: true},
    ],
    rows: d.roles.people.map((p) => [p.agent_id, p.name, p.team ?? p.unit, p.old_level, p.new_level, p.sme_topics.join('; ')]),
  }
}

function routingSheet(d: HandoverData, L: L): SheetSpec {
  const R = L.routing
  return {
    name: L.sheets.routing,
    columns: [
      {header: R.topic, width: 20},
      {header: R.l1, width: 26, wrap: true},
      {header: R.l2, width: 30, wrap: true},
      {header: R.l3, width: 18},
      {header: R.account, width: 34},
      {header: R.smes, width: 36, wrap: true},
    ],
    rows: d.roles.routing.map((r) => [r.topic, r.l1, r.l2, r.l3_team, r.l3_account, r.smes.join('; ')]),
    flag: (r) => !r[5],
  }
}

function kmsSheet(d: HandoverData, L: L): SheetSpec {
  const K = L.kms
  return {
    name: L.sheets.kms,
    columns: [
      {header: K.id, width: 16},
      {header: K.no, width: 8},
      {header: K.topic, width: 16},
      {header: K.category, width: 40, wrap: true},
      {header: K.decision, width: 11},
      {header: K.exported, width: 10},
      {header: K.reviewer, width: 18},
      {header: K.reviewedAt, width: 24},
      {header: K.reason, width: 40, wrap: true},
      {header: K.hash, width: 30, wrap: true},
    ],
    rows: d.kms.articles.map((a) => [
      a.id,
      a.article.no,
      a.article.topic,
      a.category,
      a.state,
      yesNo(L, a.state === 'approve'),
      a.review?.reviewer ?? null,
      a.review?.reviewed_at ?? null,
      a.reason || a.review?.comment || null,
      a.article.content_hash,
    ]),
    flag: (r) => r[4] !== 'approve' && r[4] !== 'exclude',
  }
}

function reconciliationSheet(d: HandoverData, L: L): SheetSpec {
  const R = L.reconciliation
  return {
    name: L.sheets.reconciliation,
    columns: [
      {header: R.month, width: 10},
      {header: R.channel, width: 12},
      {header: R.source, width: 14, format: 'int'},
      {header: R.exported, width: 12, format: 'int'},
      {header: R.excluded, width: 13, format: 'int'},
      {header: R.reasons, width: 30, wrap: true},
      {header: R.balanced, width: 10},
    ],
    rows: d.reconciliation.map((r) => [r.period, r.channel, r.source, r.exported, r.excluded, r.reasons, yesNo(L, r.balanced)]),
    flag: (r) => r[6] === L.no,
  }
}

function artifactsSheet(d: HandoverData, L: L): SheetSpec {
  const A = L.artifacts
  return {
    name: L.sheets.artifacts,
    columns: [
      {header: A.kind, width: 20},
      {header: A.path, width: 60, wrap: true},
      {header: A.sha256, width: 66},
      {header: A.bytes, width: 14, format: 'int'},
      {header: A.rows, width: 10, format: 'int'},
      {header: A.at, width: 24},
      {header: A.actor, width: 14},
    ],
    rows: d.artifacts.map((a) => [a.kind, a.path, a.sha256, a.bytes, a.rows, a.created_at, a.actor]),
  }
}

/** Who signed, when (Jakarta time), and the SHA-256 of the draft each signed: what an auditor compares with the draft file. */
function signoffSheet(d: HandoverData, L: L): SheetSpec {
  const G = L.signoff
  const H = L.h
  return {
    name: L.sheets.signoff,
    columns: [
      {header: G.role, width: 26},
      {header: G.name, width: 26},
      {header: G.organisation, width: 24, wrap: true},
      {header: G.statement, width: 60, wrap: true},
      {header: H.signedAt, width: 26},
      {header: H.draftFile, width: 24, wrap: true},
      {header: H.draftSha, width: 66},
      {header: G.actor, width: 14},
    ],
    rows: d.signoffs.map((s) =>
      'missing' in s
        ? [SIGNOFF_ROLES[s.role].label, G.missing, null, null, null, null, null, null]
        : [
            SIGNOFF_ROLES[s.role].label,
            s.name,
            s.organisation,
            s.statement,
            formatDateTime(s.signed_at, L.lang),
            s.draft_path,
            s.draft_sha256,
            s.actor,
          ],
    ),
    flag: (r) => r[1] === G.missing,
  }
}

function auditSheet(d: HandoverData, L: L): SheetSpec {
  const U = L.audit
  return {
    name: L.sheets.audit,
    columns: [
      {header: U.id, width: 7, format: 'int'},
      {header: U.at, width: 24},
      {header: U.actor, width: 14},
      {header: U.command, width: 26},
      {header: U.action, width: 22},
      {header: U.details, width: 70, wrap: true},
      {header: U.hash, width: 66},
    ],
    rows: d.auditLog.map((e) => [e.id, e.at, e.actor, e.command, e.action, e.details, e.hash]),
  }
}

const SHEETS = [
  summarySheet,
  planSheet,
  channelsSheet,
  rolesSheet,
  routingSheet,
  kmsSheet,
  reconciliationSheet,
  artifactsSheet,
  signoffSheet,
  auditSheet,
]

const DRAFT_TAB = {argb: 'FFC00000'}

/**
 * Lay the collected data out as protected, printable sheets; returns the workbook and how many cells
 * were cut. Every sheet of a draft says so above its table, in its printed header and by its tab colour.
 */
export async function buildHandoverWorkbook(d: HandoverData, lang: Lang): Promise<{workbook: Workbook; sheets: number; truncated: number}> {
  const ExcelJS = (await import('exceljs')).default
  const h = msg(lang).handover
  const L: L = {...labelsFor(lang).handover, lang, h}
  const workbook = new ExcelJS.Workbook()
  workbook.creator = `prime-migrate ${d.version}`
  workbook.created = new Date(d.generatedAt)
  workbook.title = d.kind === 'draft' ? `${h.draftMark} — ${L.title}` : L.title
  const opts: TableSheetOptions = {protect: true, truncatedMark: L.truncated}
  let sheets = 0
  let truncated = 0
  for (const build of SHEETS) {
    const spec = build(d, L)
    const draft = d.kind === 'draft' ? {title: `${h.draftMark}: ${spec.name}`, subtitle: h.draftBanner} : {}
    const r = addTableSheet(workbook, spec.name, spec.columns, spec.rows, {...opts, ...draft, flag: spec.flag})
    for (const s of r.sheets) {
      s.headerFooter.oddFooter = `&L${spec.name}&R&P / &N`
      if (d.kind === 'draft') {
        s.headerFooter.oddHeader = `&C&"-,Bold"${h.draftMark}`
        s.properties.tabColor = DRAFT_TAB
      }
    }
    sheets += r.sheets.length
    truncated += r.truncated
  }
  return {workbook, sheets, truncated}
}

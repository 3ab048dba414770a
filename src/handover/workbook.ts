import type {Workbook} from 'exceljs'
import {formatDate, formatDateTime, formatNumber, formatPeriod, inLang, msg} from '../i18n'
import type {ArticleReview} from '../kms/state'
import {reconciliationNote} from '../metrics/report'
import {SIGNOFF_ROLES, statementIn} from '../signoff/signoff'
import {addCoverSheet, CoverEntry, fillCover} from '../workbooks/cover'
import {labelsFor, Lang} from '../workbooks/labels'
import {addTableSheet, Cell, Column, TableSheetOptions} from '../workbooks/sheet'
import {HandoverData} from './collect'

type L = ReturnType<typeof labelsFor>['handover'] & {
  lang: Lang
  h: ReturnType<typeof msg>['handover']
  /** Channel names as the metrics workbook gives them, for the reconciliation's channel codes. */
  channelNames: Record<string, string>
}

/** One sheet of the workbook: its columns and rows, built from the collected data only. */
interface SheetSpec {
  name: string
  columns: Column[]
  rows: Cell[][]
  flag?: (row: Cell[]) => boolean
}

const yesNo = (L: L, v: boolean) => (v ? L.yes : L.no)
/** An instant as a person reads it in the workbook's language: Jakarta time, the zone named. */
const when = (L: L, v: string | null | undefined) => (v ? formatDateTime(v, L.lang) : null)
const outOf = (L: L, done: number, total: number) => L.progress({done: formatNumber(done, L.lang), total: formatNumber(total, L.lang)})

function summarySheet(d: HandoverData, L: L): SheetSpec {
  const S = L.summary
  const H = L.h
  // A list of items and values, read as text: counts are written as the language writes them.
  const n = (v: number) => formatNumber(v, L.lang)
  const overall =
    d.kind === 'draft' ? H.statusDraft : d.complete ? S.statusDone : d.onlyThisWorkbookLeft ? S.statusDoneButThis : S.statusOpen
  const signed: Cell[][] = d.signedDraft
    ? [
        [H.signedDraft, d.signedDraft.path],
        [H.signedDraftSha, d.signedDraft.sha256],
      ]
    : []
  const rows: Cell[][] = [
    [S.cutover, formatDate(d.cutover, L.lang)],
    [S.overall, overall],
    ...signed,
    [S.progress, outOf(L, d.progress.done, d.progress.total)],
    [S.tickets, n(d.counts.tickets)],
    [S.archived, n(d.counts.archived)],
    [S.faq, n(d.counts.faq)],
    [S.kmsApproved, n(d.counts.kmsApproved)],
    [H.metricsReconciliation, d.metrics.basis ? reconciliationNote(d.metrics.basis, L.lang) : H.metricsNotBuilt],
    [S.channelsClosed, outOf(L, d.counts.channelsClosed, d.counts.channelsClosing)],
    [S.channelsKept, n(d.counts.channelsKept)],
    [S.people, n(d.counts.people)],
    [S.artifacts, n(d.counts.artifacts)],
    [S.signoffs, outOf(L, d.counts.signoffs, Object.keys(SIGNOFF_ROLES).length)],
    [S.store, d.store],
    [S.auditEntries, n(d.audit.entries)],
    [S.auditIntact, yesNo(L, d.audit.ok)],
    [S.auditHead, d.audit.head],
    [S.generatedAt, when(L, d.generatedAt)],
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
      {header: P.stage, width: 13},
      {header: P.kind, width: 11},
      {header: P.title, width: 48, wrap: true},
      {header: P.owner, width: 24, wrap: true},
      {header: P.due, width: 11},
      {header: P.status, width: 10},
      {header: P.actor, width: 14},
      {header: P.at, width: 24},
      {header: P.note, width: 40, wrap: true},
      {header: P.seed, width: 34, wrap: true},
    ],
    rows: d.plan.map((s) => [
      s.id,
      L.stages[s.stage],
      L.kinds[s.kind],
      inLang(s.title, L.lang),
      inLang(s.owner, L.lang),
      s.due_date && formatDate(s.due_date, L.lang),
      L.stepStatus[s.status],
      s.actor,
      when(L, s.updated_at),
      s.note,
      s.seed_ref && inLang(s.seed_ref, L.lang),
    ]),
    flag: (r) => r[6] === L.stepStatus.failed || r[6] === L.stepStatus.blocked,
  }
}

function channelsSheet(d: HandoverData, L: L): SheetSpec {
  const C = L.channels
  const rows: Cell[][] = []
  for (const c of d.channels) {
    const channel = [inLang(c.label, L.lang), c.contact_point, L.channelDecision[c.decision], L.channelState[c.state]]
    if (c.decision === 'keep') {
      rows.push([...channel, '', '', '', '', '', '', c.continues && inLang(c.continues, L.lang)])
      continue
    }
    for (const s of c.steps)
      rows.push([
        ...channel,
        inLang(s.label, L.lang),
        L.checklistStatus[s.status],
        s.actor,
        when(L, s.updated_at),
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
      {header: C.decision, width: 14},
      {header: C.state, width: 15},
      {header: C.step, width: 34, wrap: true},
      {header: C.status, width: 12},
      {header: C.actor, width: 14},
      {header: C.at, width: 24},
      {header: C.evidence, width: 36, wrap: true},
      {header: C.evidenceSha, width: 30, wrap: true},
      {header: C.note, width: 40, wrap: true},
    ],
    rows,
    flag: (r) => r[2] === L.channelDecision.close && r[5] !== L.checklistStatus.done,
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

/** Why an article is where it stands, in the workbook's language; an approved one gives the SME's comment, if any. */
function kmsReason(L: L, a: ArticleReview): string | null {
  const R = L.kmsReason
  const r = a.review
  if (!r) return R.undecided
  const by = `${r.reviewer}, ${formatDateTime(r.reviewed_at, L.lang)}${r.comment ? `: ${r.comment}` : ''}`
  if (a.state === 'stale') return R.stale({reviewer: r.reviewer, at: formatDateTime(r.reviewed_at, L.lang)})
  if (a.state === 'exclude') return R.exclude({by})
  if (a.state === 'revise') return R.revise({by})
  if (a.state === 'undecided') return R.noCategory
  return r.comment || null
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
      {header: K.decision, width: 16},
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
      L.kmsState[a.state],
      yesNo(L, a.state === 'approve'),
      a.review?.reviewer ?? null,
      when(L, a.review?.reviewed_at),
      kmsReason(L, a),
      a.article.content_hash,
    ]),
    flag: (r) => r[4] !== L.kmsState.approve && r[4] !== L.kmsState.exclude,
  }
}

function reconciliationSheet(d: HandoverData, L: L): SheetSpec {
  const R = L.reconciliation
  return {
    name: L.sheets.reconciliation,
    columns: [
      {header: R.month, width: 10},
      {header: R.channel, width: 16},
      {header: R.source, width: 14, format: 'int'},
      {header: R.exported, width: 12, format: 'int'},
      {header: R.excluded, width: 13, format: 'int'},
      {header: R.reasons, width: 30, wrap: true},
      {header: R.balanced, width: 10},
    ],
    rows: d.reconciliation.map((r) => [
      r.period,
      L.channelNames[r.channel] ?? r.channel,
      r.source,
      r.exported,
      r.excluded,
      r.reasons,
      yesNo(L, r.balanced),
    ]),
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
    rows: d.artifacts.map((a) => [a.kind, a.path, a.sha256, a.bytes, a.rows, when(L, a.created_at), a.actor]),
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
        ? [inLang(SIGNOFF_ROLES[s.role].label, L.lang), G.missing, null, null, null, null, null, null]
        : [
            inLang(SIGNOFF_ROLES[s.role].label, L.lang),
            s.name,
            s.organisation,
            statementIn(s, L.lang),
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

/** The sheets in the order the workbook shows them, each with the key the cover describes it by. */
const SHEETS: [keyof L['sheets'], (d: HandoverData, L: L) => SheetSpec][] = [
  ['summary', summarySheet],
  ['plan', planSheet],
  ['channels', channelsSheet],
  ['roles', rolesSheet],
  ['routing', routingSheet],
  ['kms', kmsSheet],
  ['reconciliation', reconciliationSheet],
  ['artifacts', artifactsSheet],
  ['signoff', signoffSheet],
  ['audit', auditSheet],
]

const DRAFT_TAB = {argb: 'FFC00000'}

/** The months the store's tickets cover, as a person reads them; `undefined` without tickets. */
function periodsIn(d: HandoverData, lang: Lang): string | undefined {
  const months = [...new Set(d.reconciliation.map((r) => r.period))].sort()
  if (!months.length) return undefined
  const C = msg(lang).workbookCover
  return C.periodRange({
    from: formatPeriod(months[0], lang),
    to: formatPeriod(months.at(-1)!, lang),
    months: formatNumber(months.length, lang),
  })
}

function cover(d: HandoverData, L: L) {
  const C = msg(L.lang).workbookCover
  const channels = d.channels.map((c) => `${inLang(c.label, L.lang)} (${L.channelDecision[c.decision]})`).join('; ')
  return {
    title: L.title,
    mark: d.kind === 'draft' ? L.h.draftMark : undefined,
    about: C.handover.about,
    audience: C.handover.audience,
    scope: [
      [C.cutover, formatDate(d.cutover, L.lang)],
      [C.periods, periodsIn(d, L.lang) ?? C.noPeriods],
      [C.channels, channels],
      [C.store, d.store],
    ] as [string, string][],
    produced: [
      [C.version, d.version],
      [C.generatedAt, formatDateTime(d.generatedAt, L.lang)],
      [C.generatedBy, d.generatedBy],
      [C.auditHead, d.audit.head],
    ] as [string, string][],
  }
}

/**
 * Lay the collected data out as protected, printable sheets behind a cover with their contents;
 * returns the workbook and how many cells were cut. Every sheet of a draft says so above its table,
 * in its printed header and by its tab colour.
 */
export async function buildHandoverWorkbook(d: HandoverData, lang: Lang): Promise<{workbook: Workbook; sheets: number; truncated: number}> {
  const ExcelJS = (await import('exceljs')).default
  const h = msg(lang).handover
  const labels = labelsFor(lang)
  const L: L = {...labels.handover, lang, h, channelNames: labels.metrics.channels}
  const about = msg(lang).workbookCover.handover.sheets
  const workbook = new ExcelJS.Workbook()
  workbook.creator = `prime-migrate ${d.version}`
  workbook.created = new Date(d.generatedAt)
  workbook.title = d.kind === 'draft' ? `${h.draftMark} — ${L.title}` : L.title
  const coverSheet = addCoverSheet(workbook, lang)
  const opts: TableSheetOptions = {protect: true, truncatedMark: L.truncated, lang}
  const contents: CoverEntry[] = []
  let truncated = 0
  for (const [key, build] of SHEETS) {
    const spec = build(d, L)
    const draft = d.kind === 'draft' ? {title: `${h.draftMark}: ${spec.name}`, subtitle: h.draftBanner} : {}
    const r = addTableSheet(workbook, spec.name, spec.columns, spec.rows, {...opts, ...draft, flag: spec.flag})
    for (const s of r.sheets) {
      s.headerFooter.oddFooter = `&L${spec.name.replace(/&/g, '&&')}&R&P / &N`
      if (d.kind === 'draft') {
        s.headerFooter.oddHeader = `&C&"-,Bold"${h.draftMark}`
        s.properties.tabColor = DRAFT_TAB
      }
      contents.push({sheet: s.name, about: about[key]})
    }
    truncated += r.truncated
  }
  fillCover(coverSheet, cover(d, L), contents, lang)
  if (d.kind === 'draft') {
    coverSheet.headerFooter.oddHeader = `&C&"-,Bold"${h.draftMark}`
    coverSheet.properties.tabColor = DRAFT_TAB
  }
  return {workbook, sheets: workbook.worksheets.length, truncated}
}

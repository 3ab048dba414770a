import {refuseOverwrite} from '../util/out-file'
import {randomUUID} from 'node:crypto'
import {mkdirSync} from 'node:fs'
import {dirname, resolve} from 'node:path'
import type ExcelJS from 'exceljs'
import {exceljs} from '../util/excel'
import {recordArtifact} from '../audit/artifacts'
import {InputError} from '../errors'
import {Catalogue, currentLang, formatDateTime, formatNumber, Lang, msg} from '../i18n'
import {Store} from '../store/store'
import {nameColumns} from '../util/column-keys'
import {exceedsXlsxCell, xlsxText} from '../util/spreadsheet-safety'
import {nowIso} from '../util/time'
import {toolVersion} from '../util/paths'
import {findDuplicates, reviewedByTechTeam} from './articles'
import {knownCategories} from './categories'
import {
  articleCells,
  cellsHash,
  columnNumber,
  decisionWord,
  EDITABLE_COLUMNS,
  META_KEYS,
  META_SHEET,
  REVIEW_COLUMNS,
  ReviewColumn,
} from './review-layout'
import {workbookSecret} from './review-secret'
import {registerWorkbook} from './reviews'
import {ArticleReview, reviewStates, unmappedTopics} from './state'

export interface ReviewWorkbookResult {
  path: string
  workbook_id: string
  articles: number
  flagged: number
  /** Article cells cut to Excel's 32,767 characters (each flagged on its row). */
  truncated_cells: number
  unmapped_topics: {topic: string; articles: number; reason: string}[]
  sha256: string
}

type Labels = Catalogue['review']
const WIDTHS: Partial<Record<ReviewColumn, number>> = {
  id: 16,
  no: 6,
  topic: 14,
  sub_topic: 18,
  proposed_category: 32,
  question: 50,
  answer: 70,
  legal_basis: 30,
  correction: 30,
  status: 28,
  flags: 30,
  decision: 12,
  category_override: 32,
  reviewer: 18,
  comment: 40,
  content_hash: 10,
}

function flagsOf(L: Labels, s: ArticleReview, duplicates: Map<string, string[]>, cut: string[]): string[] {
  const flags = []
  if (cut.length) flags.push(L.flags.truncated(cut.map((k) => L.columns[k as ReviewColumn])))
  if (!reviewedByTechTeam(s.article.status)) flags.push(L.flags.notReviewed)
  if (s.article.correction && s.article.correction.trim()) flags.push(L.flags.correction)
  const dup = duplicates.get(s.article.no)
  if (dup) flags.push(L.flags.duplicate(dup))
  if (!s.mapping.category) flags.push(L.flags.unmapped)
  return flags
}

async function buildGuide(
  wb: ExcelJS.Workbook,
  lang: Lang,
  workbookId: string,
  generatedAt: string,
  categories: string[],
  unmapped: ReviewWorkbookResult['unmapped_topics'],
): Promise<string> {
  const L = msg(lang).review
  const ws = wb.addWorksheet(L.guideSheet)
  ws.getColumn(1).width = 60
  ws.getColumn(2).width = 60
  let r = 1
  ws.getCell(r, 1).value = L.guideTitle
  ws.getCell(r, 1).font = {bold: true, size: 14}
  r += 2
  for (const [i, line] of L.guide.entries()) {
    ws.getCell(r, 1).value = `${i + 1}. ${line}`
    ws.getCell(r, 1).alignment = {wrapText: true, vertical: 'top'}
    ws.mergeCells(r, 1, r, 2)
    r++
  }
  r++
  ws.getCell(r, 1).value = L.workbookIdLabel
  ws.getCell(r++, 2).value = workbookId
  ws.getCell(r, 1).value = L.generatedAtLabel
  ws.getCell(r++, 2).value = formatDateTime(generatedAt, lang)
  r++
  ws.getCell(r, 1).value = L.categoriesTitle
  ws.getCell(r++, 1).font = {bold: true}
  const first = r
  for (const c of categories) ws.getCell(r++, 1).value = xlsxText(c)
  const range = `'${L.guideSheet}'!$A$${first}:$A$${Math.max(first, r - 1)}`
  r++
  ws.getCell(r, 1).value = L.unmappedTitle
  ws.getCell(r++, 1).font = {bold: true}
  for (const u of unmapped) {
    ws.getCell(r, 1).value = xlsxText(u.topic)
    ws.getCell(r++, 2).value = L.unmappedArticles(formatNumber(u.articles, lang))
  }
  await ws.protect('', {selectLockedCells: true, selectUnlockedCells: true})
  return range
}

async function buildMeta(wb: ExcelJS.Workbook, workbookId: string, generatedAt: string, lang: Lang): Promise<void> {
  const ws = wb.addWorksheet(META_SHEET, {state: 'veryHidden'})
  ws.addRow([META_KEYS.workbookId, workbookId])
  ws.addRow([META_KEYS.generatedAt, generatedAt])
  ws.addRow([META_KEYS.toolVersion, toolVersion()])
  ws.addRow([META_KEYS.lang, lang])
  await ws.protect('', {})
}

/**
 * Write the SME review workbook (CONTRACT §5.1): one row per article, four editable columns, the
 * rest locked, each article's content hash in a hidden column and the workbook's id in a hidden
 * sheet. Registered in the store, recorded as an artifact and audited.
 */
export async function writeReviewWorkbook(
  store: Store,
  file: string,
  opts: {force?: boolean; pending?: boolean; lang?: Lang} = {},
): Promise<ReviewWorkbookResult> {
  const path = resolve(file)
  // An SME may be filling the file already: losing their decisions needs an explicit --force.
  refuseOverwrite(path, opts.force)
  const all = await reviewStates(store.knex)
  if (all.length === 0) throw new InputError(msg().review.noArticles, msg().review.noArticlesFix)
  // A later round: only the articles still without a final decision (undecided, revise, changed since).
  const states = opts.pending ? all.filter((s) => s.state !== 'approve' && s.state !== 'exclude') : all
  if (states.length === 0) {
    const m = msg().kms
    throw new InputError(m.nothingPending({articles: all.length}), m.nothingPendingFix)
  }
  const duplicates = findDuplicates(all.map((s) => s.article))
  const categories = knownCategories()
  const unmapped = unmappedTopics(states)
  const workbookId = randomUUID()
  const generatedAt = nowIso()
  const lang = opts.lang ?? currentLang()
  const L = msg(lang).review
  // Made (once per store) before any hash is computed; its creation is in this workbook's audit entry.
  const secret = await workbookSecret(store.knex)

  const wb = new (exceljs().Workbook)()
  wb.creator = 'prime-migrate'
  const ws = wb.addWorksheet(L.sheet, {views: [{state: 'frozen', xSplit: 2, ySplit: 1}]})
  ws.columns = REVIEW_COLUMNS.map((key) => ({key, width: WIDTHS[key] ?? 16}))
  const header = ws.getRow(1)
  REVIEW_COLUMNS.forEach((key, i) => (header.getCell(i + 1).value = L.columns[key]))
  nameColumns(wb, ws, REVIEW_COLUMNS)
  header.font = {bold: true}
  header.alignment = {wrapText: true, vertical: 'middle'}

  const wrap = {wrapText: true, vertical: 'top'} as const
  const unlocked = {locked: false}
  const editableFill: ExcelJS.Fill = {type: 'pattern', pattern: 'solid', fgColor: {argb: 'FFFFF2CC'}}
  const categoryRange = await buildGuide(wb, lang, workbookId, generatedAt, categories, unmapped)
  let flagged = 0
  let truncatedCells = 0
  for (const [i, s] of states.entries()) {
    const row = ws.getRow(i + 2)
    const whole = articleCells(s.article, lang)
    // Cut before hashing: apply-review compares the cells as the workbook holds them.
    const cut = (Object.keys(whole) as (keyof typeof whole)[]).filter((k) => exceedsXlsxCell(whole[k]))
    truncatedCells += cut.length
    const cells = Object.fromEntries(Object.entries(whole).map(([k, v]) => [k, xlsxText(v) ?? ''])) as typeof whole
    const flags = flagsOf(L, s, duplicates, cut)
    if (flags.length) flagged++
    const values: Record<ReviewColumn, string | null> = {
      ...cells,
      proposed_category: s.mapping.category ?? '',
      flags: flags.join('; '),
      // A decision still valid for this content is shown, so a later round only touches what is open.
      ...(s.review && s.state !== 'stale'
        ? {
            decision: decisionWord(s.review.decision, lang),
            category_override: s.review.category_override,
            reviewer: s.review.reviewer,
            comment: s.review.comment,
          }
        : {decision: null, category_override: null, reviewer: null, comment: null}),
      content_hash: s.article.content_hash,
      cells_hash: cellsHash(secret.value, workbookId, i + 2, {...cells, content_hash: s.article.content_hash}),
    }
    for (const key of REVIEW_COLUMNS) {
      const cell = row.getCell(columnNumber(key))
      // A plain string value is written as a string cell: text starting with "=" stays text.
      cell.value = xlsxText(values[key]) ?? null
      cell.alignment = wrap
      if (EDITABLE_COLUMNS.has(key)) {
        cell.protection = unlocked
        cell.fill = editableFill
      }
    }
    row.getCell(columnNumber('decision')).dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: [`"${[L.decisions.approve, L.decisions.revise, L.decisions.exclude].join(',')}"`],
      showErrorMessage: true,
      errorTitle: L.columns.decision,
      error: L.decisionPrompt,
      showInputMessage: true,
      prompt: L.decisionPrompt,
    }
    row.getCell(columnNumber('category_override')).dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: [categoryRange],
      showErrorMessage: true,
      errorTitle: L.columns.category_override,
      error: L.categoryPrompt,
      showInputMessage: true,
      prompt: L.categoryPrompt,
    }
  }
  ws.getColumn(columnNumber('content_hash')).hidden = true
  ws.getColumn(columnNumber('cells_hash')).hidden = true
  ws.autoFilter = {from: {row: 1, column: 1}, to: {row: Math.max(1, states.length + 1), column: columnNumber('comment')}}
  await ws.protect('', {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
    autoFilter: true,
    sort: false,
  })
  await buildMeta(wb, workbookId, generatedAt, lang)
  // The review sheet opens first; the guide is the second sheet.
  wb.views = [{activeTab: 0, x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, visibility: 'visible'}]

  mkdirSync(dirname(path), {recursive: true})
  await wb.xlsx.writeFile(path)
  await store.knex.transaction(async (trx) => {
    await registerWorkbook(trx, {id: workbookId, path, articles: states.length, created_at: generatedAt, actor: store.actor})
    await store.audit(
      'kms.review_workbook',
      {
        path,
        workbook_id: workbookId,
        articles: states.length,
        pending_only: Boolean(opts.pending),
        flagged,
        truncated_cells: truncatedCells,
        unmapped_topics: unmapped,
        lang,
        ...(secret.created ? {workbook_secret: 'created'} : {}),
      },
      trx,
    )
  })
  const artifact = await recordArtifact(
    store.knex,
    {actor: store.actor, command: store.command},
    'kms.review_workbook',
    path,
    states.length,
  )
  return {
    path,
    workbook_id: workbookId,
    articles: states.length,
    flagged,
    truncated_cells: truncatedCells,
    unmapped_topics: unmapped,
    sha256: artifact.sha256,
  }
}

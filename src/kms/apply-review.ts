import {recordArtifact} from '../audit/artifacts'
import {InputError} from '../errors'
import {Lang, msg} from '../i18n'
import {bumpChange} from '../store/changes'
import {Store} from '../store/store'
import {nowIso} from '../util/time'
import {Article, loadArticles, stableId} from './articles'
import {resolveCategory, topicCategory} from './categories'
import {readFilledWorkbook, FilledRow} from './read-review'
import {ARTICLE_COLUMNS, articleCells, cellsHash, comparableText, decisionOf, REVIEW_COLUMNS, ReviewColumn} from './review-layout'
import {existingWorkbookSecret} from './review-secret'
import {Decision, findWorkbook, insertReview, latestReviews, Review} from './reviews'
import {reviewStates, ReviewSummary, summarise} from './state'

export type RowOutcome = 'applied' | 'unchanged' | 'rejected' | 'skipped'

export interface AppliedRow {
  /** Row number in the review sheet. */
  row: number
  id: string
  no: string | null
  status: RowOutcome
  decision?: Decision
  category_override?: string | null
  reviewer?: string
  /** Locked columns (keys) found changed: the row is rejected as tampered with. */
  tampered?: ReviewColumn[]
  /** Why a row was rejected (each problem once), or a note on an applied one. */
  reasons: string[]
}

export interface ApplyResult {
  file: string
  workbook_id: string
  applied: number
  unchanged: number
  rejected: number
  skipped: number
  /** Rejected rows whose locked cells were changed (part of `rejected`); any makes the run exit 4. */
  tampered: number
  rows: AppliedRow[]
  /** Where the review stands after this workbook: how many articles still need a final decision. */
  after: ReviewSummary
}

type Checked = {ok: true; review: Omit<Review, 'id'>; row: AppliedRow} | {ok: false; row: AppliedRow}

interface RowContext {
  articles: Map<string, Article>
  seen: Set<string>
  workbookId: string
  /** The language the workbook was written in: its locked cells show the article in it. */
  lang: Lang
  secret: string | undefined
  actor: string
  reviewedAt: string
}

const LOCKED_HASHED = [...ARTICLE_COLUMNS, 'content_hash', 'cells_hash'] as const

/**
 * The locked cells of a row that no longer hold what the workbook was written with: a formula in
 * one, or a keyed hash that does not match. Empty when the row is as written.
 */
function tamperedColumns(fr: FilledRow, article: Article | undefined, ctx: RowContext): ReviewColumn[] {
  const cell = fr.cells
  const formulas = fr.formulas.filter((k) => (LOCKED_HASHED as readonly string[]).includes(k))
  const hashOk =
    ctx.secret !== undefined &&
    formulas.length === 0 &&
    cellsHash(ctx.secret, ctx.workbookId, fr.row, {...cell, content_hash: cell.content_hash.trim()}) === cell.cells_hash.trim()
  if (hashOk) return []
  // A row with no hash of its own was added below the written ones: an unknown id, not an edit.
  if (!article) return formulas.length || cell.cells_hash.trim() ? ['id'] : []
  const expected = articleCells(article, ctx.lang)
  const edited = new Set<ReviewColumn>([
    ...formulas,
    ...ARTICLE_COLUMNS.filter((k) => comparableText(cell[k]) !== comparableText(expected[k])),
  ])
  if (edited.size === 0) edited.add(cell.content_hash.trim() !== article.content_hash ? 'content_hash' : 'cells_hash')
  return REVIEW_COLUMNS.filter((k) => edited.has(k))
}

function checkRow(fr: FilledRow, ctx: RowContext): Checked {
  const R = msg().review
  const C = R.columns
  const cell = fr.cells
  const id = cell.id.trim()
  const base: AppliedRow = {row: fr.row, id, no: null, status: 'rejected', reasons: []}
  const article = ctx.articles.get(id)
  base.no = article?.no ?? null
  // Checked before anything else, on every row: an edited locked cell is tampering even without a decision.
  const tampered = tamperedColumns(fr, article, ctx)
  if (tampered.length)
    return {ok: false, row: {...base, tampered, reasons: [R.tampered({row: fr.row, columns: tampered.map((k) => C[k])})]}}
  if (!article) return {ok: false, row: {...base, reasons: [R.unknownId({column: C.id, id})]}}
  const editable = (['decision', 'category_override', 'reviewer', 'comment'] as const).filter(
    (k) => cell[k].trim() !== '' || fr.formulas.includes(k),
  )
  if (!editable.length) return {ok: false, row: {...base, status: 'skipped', reasons: [R.undecided]}}
  const reasons: string[] = []
  if (ctx.seen.has(id)) reasons.push(R.repeatedId({column: C.id, id}))
  ctx.seen.add(id)
  const formulas = editable.filter((k) => fr.formulas.includes(k))
  // A formula's cached result is what it showed when saved, not a decision anyone typed.
  if (formulas.length) reasons.push(R.formula({columns: formulas.map((k) => C[k])}))
  const choices = R.choices(R.decisions)
  const decision = decisionOf(cell.decision)
  if (!fr.formulas.includes('decision')) {
    if (!cell.decision.trim()) reasons.push(R.decisionEmpty({column: C.decision, choices}))
    else if (!decision) reasons.push(R.invalidDecision({column: C.decision, value: cell.decision.trim(), choices}))
  }
  const overrideText = cell.category_override.trim()
  const override = overrideText ? resolveCategory(overrideText) : undefined
  if (overrideText && !override) reasons.push(R.unknownCategory({column: C.category_override, value: overrideText, sheet: R.guideSheet}))
  if (cell.content_hash.trim() !== article.content_hash)
    reasons.push(R.stale({no: article.no, inWorkbook: cell.content_hash.trim(), inStore: article.content_hash}))
  if (decision === 'approve' && !override && !topicCategory(article.topic).category) {
    reasons.push(
      R.approveNeedsCategory({
        topic: article.topic,
        column: C.category_override,
        exclude: R.decisions.exclude,
      }),
    )
  }
  if (reasons.length || !decision) return {ok: false, row: {...base, reasons}}
  const reviewer = cell.reviewer.trim() || ctx.actor
  const row: AppliedRow = {
    ...base,
    status: 'applied',
    decision,
    category_override: override ?? null,
    reviewer,
    reasons: cell.reviewer.trim() ? [] : [R.reviewerEmpty({column: C.reviewer, actor: ctx.actor})],
  }
  const review = {
    article_no: article.no,
    decision,
    category_override: override ?? null,
    reviewer,
    comment: cell.comment.trim() || null,
    reviewed_at: ctx.reviewedAt,
    content_hash: article.content_hash,
    workbook_id: ctx.workbookId,
    workbook_row: fr.row,
    actor: ctx.actor,
  }
  return {ok: true, review, row}
}

function sameDecision(a: Omit<Review, 'id'>, b: Review | undefined): boolean {
  return (
    b !== undefined &&
    a.decision === b.decision &&
    a.category_override === b.category_override &&
    a.reviewer === b.reviewer &&
    a.comment === b.comment &&
    a.content_hash === b.content_hash
  )
}

/**
 * Apply the decisions of a filled review workbook: every valid row is recorded (audited, in one
 * transaction); the others are rejected with their reasons. A decision already recorded is left as is.
 */
export async function applyReview(store: Store, file: string): Promise<ApplyResult> {
  const filled = await readFilledWorkbook(file)
  const workbook = await findWorkbook(store.knex, filled.workbookId)
  if (!workbook) throw new InputError(msg().review.notThisStore({path: filled.path, id: filled.workbookId}), msg().review.notThisStoreFix)
  const articles = new Map((await loadArticles(store.knex)).map((a) => [stableId(a.no), a]))
  const latest = await latestReviews(store.knex)
  const reviewedAt = nowIso()
  const ctx: RowContext = {
    articles,
    seen: new Set<string>(),
    workbookId: workbook.id,
    lang: filled.lang,
    secret: await existingWorkbookSecret(store.knex),
    actor: store.actor,
    reviewedAt,
  }
  const rows: AppliedRow[] = []
  const toInsert: Omit<Review, 'id'>[] = []
  for (const fr of filled.rows) {
    const checked = checkRow(fr, ctx)
    if (checked.ok && sameDecision(checked.review, latest.get(checked.review.article_no))) {
      rows.push({...checked.row, status: 'unchanged'})
      continue
    }
    if (checked.ok) toInsert.push(checked.review)
    rows.push(checked.row)
  }
  const count = (s: RowOutcome) => rows.filter((r) => r.status === s).length
  const result: Omit<ApplyResult, 'after'> = {
    file: filled.path,
    workbook_id: workbook.id,
    applied: count('applied'),
    unchanged: count('unchanged'),
    rejected: count('rejected'),
    skipped: count('skipped'),
    tampered: rows.filter((r) => r.tampered).length,
    rows,
  }
  await store.knex.transaction(async (trx) => {
    for (const r of toInsert) await insertReview(trx, r)
    const change = toInsert.length ? await bumpChange(trx, 'kms_decisions', store.actor) : null
    await store.audit(
      'kms.review_applied',
      {
        file: filled.path,
        workbook_id: workbook.id,
        applied: result.applied,
        unchanged: result.unchanged,
        rejected: result.rejected,
        skipped: result.skipped,
        tampered: result.tampered,
        decisions: toInsert.map((r) => ({
          no: r.article_no,
          decision: r.decision,
          category_override: r.category_override,
          reviewer: r.reviewer,
        })),
        rejections: rows
          .filter((r) => r.status === 'rejected')
          .map((r) => ({row: r.row, id: r.id, reasons: r.reasons, ...(r.tampered ? {tampered: r.tampered} : {})})),
        kms_decisions_change: change,
      },
      trx,
    )
  })
  // The filled workbook is the SMEs' evidence; recording it also keeps `audit verify` true when
  // the SME filled the very file `kms review` recorded.
  await recordArtifact(store.knex, {actor: store.actor, command: store.command}, 'kms.review_decisions', filled.path, filled.rows.length)
  return {...result, after: summarise(await reviewStates(store.knex))}
}

import {recordArtifact} from '../audit/artifacts'
import {InputError} from '../errors'
import {bumpChange} from '../store/changes'
import {Store} from '../store/store'
import {nowIso} from '../util/time'
import {Article, loadArticles, stableId} from './articles'
import {resolveCategory, topicCategory} from './categories'
import {ID_LABELS} from './labels/id'
import {readFilledWorkbook, FilledRow} from './read-review'
import {ARTICLE_COLUMNS, ArticleColumn, articleCells, cellsHash, comparableText} from './review-layout'
import {Decision, DECISIONS, findWorkbook, insertReview, latestReviews, Review} from './reviews'
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
  rows: AppliedRow[]
  /** Where the review stands after this workbook: how many articles still need a final decision. */
  after: ReviewSummary
}

const C = ID_LABELS.review.columns

type Checked = {ok: true; review: Omit<Review, 'id'>; row: AppliedRow} | {ok: false; row: AppliedRow}

function checkRow(
  fr: FilledRow,
  articles: Map<string, Article>,
  seen: Set<string>,
  workbookId: string,
  actor: string,
  reviewedAt: string,
): Checked {
  const cell = fr.cells
  const id = cell.id.trim()
  const base: AppliedRow = {row: fr.row, id, no: null, status: 'rejected', reasons: []}
  const decisionText = cell.decision.trim().toLowerCase()
  const editableFilled = [cell.decision, cell.category_override, cell.reviewer, cell.comment].some((v) => v.trim() !== '')
  const article = articles.get(id)
  if (!article)
    return {ok: false, row: {...base, reasons: [`${C.id} "${id}" tidak dikenal: tidak ada artikel dengan ID ini di store (unknown id)`]}}
  base.no = article.no
  if (!editableFilled) return {ok: false, row: {...base, status: 'skipped', reasons: ['belum ada keputusan']}}
  const reasons: string[] = []
  if (seen.has(id)) reasons.push(`${C.id} "${id}" muncul lebih dari sekali di buku kerja ini; hanya baris pertamanya yang dipakai`)
  seen.add(id)
  if (!decisionText) reasons.push(`kolom ${C.decision} kosong padahal kolom lain diisi: pilih approve, revise atau exclude`)
  else if (!(DECISIONS as readonly string[]).includes(decisionText))
    reasons.push(`${C.decision} "${cell.decision.trim()}" tidak valid (invalid decision): pilih approve, revise atau exclude`)
  const overrideText = cell.category_override.trim()
  const override = overrideText ? resolveCategory(overrideText) : undefined
  if (overrideText && !override)
    reasons.push(
      `${C.category_override} "${overrideText}" bukan kategori KMS yang dikenal (unknown category): pilih dari daftar di lembar ${ID_LABELS.review.guideSheet}`,
    )
  if (cell.content_hash.trim() !== article.content_hash) {
    reasons.push(
      `baris basi (stale): artikel No ${article.no} berubah setelah buku kerja ini dibuat (hash di buku kerja ${cell.content_hash.trim() || '(kosong)'}, di store ${article.content_hash}); buat buku kerja baru dengan \`prime-migrate kms review\``,
    )
  } else {
    // Compared with what the workbook was written with, so a correction note or status changed in
    // the store since (not part of the content hash) is not mistaken for an SME's edit.
    const shown = Object.fromEntries(ARTICLE_COLUMNS.map((k) => [k, cell[k]])) as Record<ArticleColumn, string>
    if (cellsHash(shown) !== cell.cells_hash.trim()) {
      const expected = articleCells(article)
      const edited = ARTICLE_COLUMNS.filter((k) => comparableText(cell[k]) !== comparableText(expected[k]))
      reasons.push(
        `kolom terkunci ${edited.length ? edited.map((k) => C[k]).join(', ') : '(tersembunyi)'} diubah (locked columns cannot be edited): perubahan isi artikel dilakukan di FAQ sumber; tulis usulan di ${C.comment} dan pilih revise`,
      )
    }
  }
  if (decisionText === 'approve' && !override && !topicCategory(article.topic).category) {
    reasons.push(
      `approve memerlukan kategori: ${topicCategory(article.topic).unmappedReason}; isi ${C.category_override} atau pilih exclude`,
    )
  }
  if (reasons.length) return {ok: false, row: {...base, reasons}}
  const reviewer = cell.reviewer.trim() || actor
  const row: AppliedRow = {
    ...base,
    status: 'applied',
    decision: decisionText as Decision,
    category_override: override ?? null,
    reviewer,
    reasons: cell.reviewer.trim() ? [] : [`${C.reviewer} kosong: dicatat atas nama ${actor}`],
  }
  const review = {
    article_no: article.no,
    decision: decisionText as Decision,
    category_override: override ?? null,
    reviewer,
    comment: cell.comment.trim() || null,
    reviewed_at: reviewedAt,
    content_hash: article.content_hash,
    workbook_id: workbookId,
    workbook_row: fr.row,
    actor,
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
  if (!workbook)
    throw new InputError(
      `${filled.path}: workbook id ${filled.workbookId} was not made by this state store`,
      'fill in a review workbook made by `prime-migrate kms review --out FILE.xlsx` on this store (--db)',
    )
  const articles = new Map((await loadArticles(store.knex)).map((a) => [stableId(a.no), a]))
  const latest = await latestReviews(store.knex)
  const reviewedAt = nowIso()
  const seen = new Set<string>()
  const rows: AppliedRow[] = []
  const toInsert: Omit<Review, 'id'>[] = []
  for (const fr of filled.rows) {
    const checked = checkRow(fr, articles, seen, workbook.id, store.actor, reviewedAt)
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
        decisions: toInsert.map((r) => ({
          no: r.article_no,
          decision: r.decision,
          category_override: r.category_override,
          reviewer: r.reviewer,
        })),
        rejections: rows.filter((r) => r.status === 'rejected').map((r) => ({row: r.row, id: r.id, reasons: r.reasons})),
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

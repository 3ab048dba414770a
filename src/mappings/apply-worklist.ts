import {Knex} from 'knex'
import {recordArtifact} from '../audit/artifacts'
import {currentLang, msg} from '../i18n'
import {existingWorkbookSecret} from '../kms/review-secret'
import {Store} from '../store/store'
import {readRegionDecisions, useRegionDecisions} from '../sources/region-decisions'
import {RederiveCounts} from '../sources/rederive-regions'
import {rederiveAudited} from './rederive-audited'
import {aliasKey, placeByCode} from '../sources/regions'
import {nowIso} from '../util/time'
import {labelsFor} from '../workbooks/labels'
import {FilledWorklistRow, readFilledWorklist} from './read-worklist'
import {codeOfLabel, EDITABLE, NOT_A_REGION_TOKENS, tamperedColumns, WorklistColumn} from './worklist-layout'

export type DecisionOutcome = 'decided' | 'unchanged' | 'rejected' | 'skipped'

export interface DecidedRow {
  /** Row number in the worklist sheet. */
  row: number
  value: string
  status: DecisionOutcome
  /** The place decided (idn-area-data code), or null for "names no region". */
  code?: string | null
  place?: string | null
  province?: string | null
  /** Locked columns (keys) found changed: the row is rejected as tampered with. */
  tampered?: WorklistColumn[]
  reasons: string[]
}

export interface ApplyDecisionsResult {
  file: string
  workbook_id: string
  decided: number
  unchanged: number
  rejected: number
  skipped: number
  /** Rejected rows whose locked cells were changed (part of `rejected`); any makes the run exit 4. */
  tampered: number
  rows: DecidedRow[]
  /** Stored rows whose province and zone were derived again, per register. */
  rederived: RederiveCounts
}

interface Decision {
  alias_key: string
  text: string
  code: string | null
  province: string | null
  comment: string | null
}

interface RowContext {
  /** Column labels in the run's language, for reasons. */
  columns: Record<string, string>
  seen: Set<string>
  secret: string | undefined
  workbookId: string
}

function checkRow(fr: FilledWorklistRow, ctx: RowContext): {row: DecidedRow; decision?: Decision} {
  const m = msg().mappingsCmd
  const {columns, seen} = ctx
  const c = fr.cells
  const value = c.value.trim()
  const key = c.key.trim()
  const base: DecidedRow = {row: fr.row, value, status: 'rejected', reasons: []}
  // Checked first, on every row: an edited locked cell is tampering even without a decision.
  const tampered = tamperedColumns(ctx.secret, ctx.workbookId, fr.row, c)
  for (const k of fr.formulas) if (!EDITABLE.has(k) && !tampered.includes(k)) tampered.push(k)
  if (tampered.length) {
    const names = tampered.map((k) => (k === 'cells_hash' ? msg().review.worklistHashColumn : columns[k]))
    return {row: {...base, tampered, reasons: [msg().review.worklistTampered({row: fr.row, columns: names})]}}
  }
  if (!key || aliasKey(value) !== key) return {row: {...base, reasons: [m.lockedChanged({column: columns.value})]}}
  // A formula's cached result is what it showed when saved, not a choice anyone made.
  const formulas = fr.formulas.filter((k) => EDITABLE.has(k))
  if (formulas.length) return {row: {...base, reasons: [msg().review.formula({columns: formulas.map((k) => columns[k])})]}}
  const decision = c.decision.trim()
  const other = c.other_place.trim()
  if (!decision && !other) {
    if (c.comment.trim())
      return {row: {...base, reasons: [m.commentWithoutDecision({decision: columns.decision, other: columns.other_place})]}}
    return {row: {...base, status: 'skipped', reasons: []}}
  }
  if (decision && other) return {row: {...base, reasons: [m.bothFilled({decision: columns.decision, other: columns.other_place})]}}
  if (seen.has(key)) return {row: {...base, reasons: [m.repeated({value})]}}
  seen.add(key)
  const chosen = decision || other
  const none = NOT_A_REGION_TOKENS.includes(chosen.toLowerCase())
  const place = none ? undefined : placeByCode(codeOfLabel(chosen) ?? '')
  if (!none && !place)
    return {row: {...base, reasons: [m.unknownChoice({value: chosen, column: decision ? columns.decision : columns.other_place})]}}
  const code = place?.code ?? null
  const province = place?.province ?? null
  return {
    row: {...base, status: 'decided', code, place: place?.name ?? null, province},
    decision: {alias_key: key, text: value, code, province, comment: c.comment.trim() || null},
  }
}

async function record(trx: Knex.Transaction, d: Decision, workbookId: string, actor: string, at: string, exists: boolean): Promise<void> {
  const row = {...d, workbook_id: workbookId, actor, decided_at: at}
  if (exists) await trx('region_aliases').where({alias_key: d.alias_key}).update(row)
  else await trx('region_aliases').insert(row)
}

/**
 * Apply a filled worklist: each decided row becomes a local mapping of its text (audited, in one
 * transaction with the re-derivation of the stored rows it changes); rows that cannot be read as a
 * decision are rejected with their reasons; the rest are left for a later round.
 */
export async function applyWorklist(store: Store, file: string): Promise<ApplyDecisionsResult> {
  const filled = await readFilledWorklist(file)
  const before = new Map((await readRegionDecisions(store.knex)).map((d) => [d.alias_key, d]))
  const ctx: RowContext = {
    columns: labelsFor(currentLang()).regions.columns,
    seen: new Set<string>(),
    secret: await existingWorkbookSecret(store.knex),
    workbookId: filled.workbookId,
  }
  const rows: DecidedRow[] = []
  const decisions: Decision[] = []
  for (const fr of filled.rows) {
    const {row, decision} = checkRow(fr, ctx)
    const prior = decision && before.get(decision.alias_key)
    if (decision && prior && prior.code === decision.code && prior.comment === decision.comment) rows.push({...row, status: 'unchanged'})
    else {
      if (decision) decisions.push(decision)
      rows.push(row)
    }
  }
  const count = (s: DecisionOutcome) => rows.filter((r) => r.status === s).length
  const at = nowIso()
  const rederived = await store.knex.transaction(async (trx) => {
    for (const d of decisions) await record(trx, d, filled.workbookId, store.actor, at, before.has(d.alias_key))
    await store.audit(
      'mappings.regions_decided',
      {
        file: filled.path,
        workbook_id: filled.workbookId,
        decided: decisions.length,
        unchanged: count('unchanged'),
        rejected: count('rejected'),
        skipped: count('skipped'),
        tampered: rows.filter((r) => r.tampered).length,
        decisions: decisions.map((d) => ({
          text: d.text,
          key: d.alias_key,
          code: d.code,
          province: d.province,
          ...(before.has(d.alias_key) ? {before: {code: before.get(d.alias_key)!.code, province: before.get(d.alias_key)!.province}} : {}),
        })),
        rejections: rows
          .filter((r) => r.status === 'rejected')
          .map((r) => ({row: r.row, value: r.value, reasons: r.reasons, ...(r.tampered ? {tampered: r.tampered} : {})})),
      },
      trx,
    )
    await useRegionDecisions(trx)
    return rederiveAudited(store, trx, 'mappings.regions_decided')
  })
  // The filled worklist is the decisions' evidence.
  await recordArtifact(
    store.knex,
    {actor: store.actor, command: store.command},
    'mappings.region_decisions',
    filled.path,
    filled.rows.length,
  )
  return {
    file: filled.path,
    workbook_id: filled.workbookId,
    decided: count('decided'),
    unchanged: count('unchanged'),
    rejected: count('rejected'),
    skipped: count('skipped'),
    tampered: rows.filter((r) => r.tampered).length,
    rows,
    rederived,
  }
}

import {mkdirSync} from 'node:fs'
import {dirname, resolve} from 'node:path'
import {recordArtifact} from '../audit/artifacts'
import {GENESIS} from '../audit/chain'
import {InputError} from '../errors'
import {formatDateTime, msg} from '../i18n'
import {Store} from '../store/store'
import {toolVersion} from '../util/paths'
import {nowIso} from '../util/time'
import type {Lang} from '../workbooks/labels'
import {computeMetrics, MetricRow} from './compute'
import {readPublished, reconcile, ReconciliationRow} from './published'
import {NoFiguresDecision} from './published-setting'
import {PeriodRange} from './range'
import {writeMetricsWorkbook} from '../workbooks/metrics/build'

export interface MetricsReportOptions extends PeriodRange {
  /** The .xlsx to write; without it only the rows are computed. */
  out?: string
  /** csv of published figures (period, metric, dimension, value) to reconcile against. */
  published?: string
  /** The recorded decision to go without published figures, when that is why there is no `published`. */
  withoutFigures?: NoFiguresDecision
  lang?: Lang
}

export interface MetricsReport {
  rows: MetricRow[]
  workbook?: {
    file: string
    sheets: string[]
    charts: number
    truncated_cells: number
    reconciliation?: {compared: number; differences: number; missing: number; flagged: ReconciliationRow[]}
    /** Whether the figures were reconciled, and against what or why not, as the overview sheet says. */
    reconciliation_note: string
  }
}

/** What a metrics workbook was reconciled against, as its audit entry records it. */
export interface ReconciliationBasis {
  published: string | null
  reconciliation: {compared: number; differences: number; missing: number} | null
  without: NoFiguresDecision | null
}

/** Whether the figures were reconciled, against what or why not, in a language: the overview and the handover say it. */
export function reconciliationNote(basis: ReconciliationBasis, lang?: Lang): string {
  const m = msg(lang).metrics
  if (basis.reconciliation && basis.published) return m.reconciled({file: basis.published, ...basis.reconciliation})
  if (basis.without) return m.notReconciledDecided({...basis.without, at: formatDateTime(basis.without.at, lang)})
  return m.notReconciled
}

/** Compute CONTRACT §6 and, with `out`, write the workbook, record it as an artifact and audit it. */
export async function metricsReport(store: Store, opts: MetricsReportOptions): Promise<MetricsReport> {
  if (opts.out && !/\.xlsx$/i.test(opts.out))
    throw new InputError(msg().errors.metricsOutNotXlsx({out: opts.out}), msg().errors.metricsOutNotXlsxFix)
  if (opts.published && !opts.out) throw new InputError(msg().errors.publishedNeedsOut, msg().errors.publishedNeedsOutFix)
  const published = opts.published ? await readPublished(resolve(opts.published)) : undefined
  const rows = await computeMetrics(store.knex, {from: opts.from, to: opts.to})
  if (!opts.out) return {rows}
  const file = resolve(opts.out)
  mkdirSync(dirname(file), {recursive: true})
  const reconciliation = published ? reconcile(rows, published) : undefined
  const flagged = reconciliation?.filter((r) => r.status !== 'same') ?? []
  const summary = reconciliation && {
    compared: reconciliation.length,
    differences: flagged.filter((r) => r.status === 'different').length,
    missing: flagged.filter((r) => r.status === 'missing').length,
    flagged,
  }
  const note = reconciliationNote(
    {published: opts.published ? resolve(opts.published) : null, reconciliation: summary ?? null, without: opts.withoutFigures ?? null},
    opts.lang,
  )
  const head = await store.knex('audit_log').orderBy('id', 'desc').first('hash')
  const provenance = {
    store: store.location.masked,
    version: toolVersion(),
    generatedAt: nowIso(),
    generatedBy: store.actor,
    auditHead: head?.hash ?? GENESIS,
  }
  const written = await writeMetricsWorkbook(file, {rows, provenance, lang: opts.lang, reconciliation, reconciliationNote: note})
  await recordArtifact(store.knex, {actor: store.actor, command: store.command}, 'metrics-workbook', file, rows.length)
  await store.audit('report.metrics', {
    file,
    from: opts.from ?? null,
    to: opts.to ?? null,
    lang: opts.lang ?? 'id',
    rows: rows.length,
    charts: written.charts,
    published: opts.published ? resolve(opts.published) : null,
    reconciliation: summary ? {compared: summary.compared, differences: summary.differences, missing: summary.missing} : null,
    without_published_figures: summary ? null : (opts.withoutFigures ?? null),
    reconciliation_note: note,
  })
  return {
    rows,
    workbook: {
      file,
      sheets: written.sheets,
      charts: written.charts,
      truncated_cells: written.truncated,
      reconciliation: summary,
      reconciliation_note: note,
    },
  }
}

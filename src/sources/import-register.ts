import {Knex} from 'knex'
import {msg} from '../i18n'
import {InputError} from '../errors'
import {Store} from '../store/store'
import {importRows, ImportOptions, ImportSummary} from './import-rows'
import {RawRow, RegisterSpec} from './register-spec'
import {explainRegion, loadRegionIndex, RegionStatus} from './regions'
import {useRegionDecisions} from './region-decisions'

/** The registers that carry a region, and the table each stores it in. */
export const REGION_TABLES: Readonly<Record<string, string>> = {tickets: 'tickets', visits: 'visits', vicon: 'vicons'}

/** An import's counts and, for a register with regions, how many of its rows have none resolved. */
export interface RegisterImportSummary extends ImportSummary {
  /** Rows whose region is written but names no place, or places in several provinces: the worklist's rows. */
  unresolved_regions?: number
  /** Rows with no region written. */
  empty_regions?: number
}

/** Every row of a file rejected: nothing loaded is a problem with the file, not with its rows (exit 2). */
export class AllRowsRejectedError extends InputError {
  constructor(
    message: string,
    fix: string,
    readonly details: RegisterImportSummary,
  ) {
    super(message, fix)
  }
}

async function regionCounts(knex: Knex, table: string, importId: number): Promise<{unresolved_regions: number; empty_regions: number}> {
  const groups: {region: string | null; n: number | string}[] = await knex(table)
    .select('region')
    .count({n: '*'})
    .where({seen_import: importId})
    .whereNull('zone')
    .groupBy('region')
  const counts = {unresolved_regions: 0, empty_regions: 0}
  const open: RegionStatus[] = ['unrecognised', 'ambiguous']
  for (const g of groups) {
    const status = explainRegion(g.region).status
    if (status === 'empty') counts.empty_regions += Number(g.n)
    else if (open.includes(status)) counts.unresolved_regions += Number(g.n)
  }
  return counts
}

async function allRejected(knex: Knex, file: string, summary: RegisterImportSummary): Promise<AllRowsRejectedError> {
  const fields = (await knex('rejects')
    .select('field')
    .countDistinct({n: 'row_no'})
    .min({first_row: 'row_no'})
    .where({import_id: summary.import_id})
    .groupBy('field')
    .orderBy([
      {column: 'n', order: 'desc'},
      {column: 'field', order: 'asc'},
    ])) as unknown as {field: string; n: number | string; first_row: number | string}[]
  const top = fields[0]
  const example = top
    ? await knex('rejects')
        .first('reason')
        .where({import_id: summary.import_id, field: top.field, row_no: Number(top.first_row)})
    : undefined
  const m = msg().importChecks
  return new AllRowsRejectedError(
    m.allRejected({
      file,
      read: summary.read,
      field: top?.field ?? '',
      rows: Number(top?.n ?? 0),
      row: Number(top?.first_row ?? 0),
      reason: example?.reason ?? '',
    }),
    m.allRejectedFix({rejects: summary.rejects_file ?? ''}),
    summary,
  )
}

/**
 * Import rows into a register as the engine does, reading region text with the decisions people
 * recorded, counting the rows whose region stays unresolved, and refusing (exit 2, after the
 * rejects are recorded) a file none of whose rows could be loaded.
 */
export async function importRegisterRows<R extends Record<string, unknown>>(
  store: Store,
  spec: RegisterSpec<R>,
  rows: AsyncIterable<RawRow>,
  opts: ImportOptions,
): Promise<RegisterImportSummary> {
  const table = REGION_TABLES[spec.register]
  if (table) await useRegionDecisions(store.knex)
  // The place index the region counts need is built while the worker reads the first batch, not after the last.
  const summary: RegisterImportSummary = await importRows(store, spec, rows, table ? {meanwhile: loadRegionIndex, ...opts} : opts)
  if (table) Object.assign(summary, await regionCounts(store.knex, table, summary.import_id))
  if (summary.read > 0 && summary.rejected === summary.read) throw await allRejected(store.knex, opts.source, summary)
  return summary
}

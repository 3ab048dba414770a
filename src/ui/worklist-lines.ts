import {msg} from '../i18n'
import {ApplyDecisionsResult} from '../mappings/apply-worklist'
import {Worklist} from '../mappings/worklist'
import {RederiveCounts} from '../sources/rederive-regions'
import {textTable} from './table'

const SHOWN = 20

function rederivedLine(r: RederiveCounts): string[] {
  const n = {tickets: r.tickets ?? 0, visits: r.visits ?? 0, vicon: r.vicon ?? 0}
  return n.tickets + n.visits + n.vicon > 0 ? [msg().mappingsCmd.rederived(n)] : []
}

/** `mappings unresolved` for people: what was derived again, the texts still unresolved, the workbook. */
export function worklistLines(w: Worklist): string[] {
  const m = msg().mappingsCmd
  const lines = rederivedLine(w.rederived)
  if (!w.values.length) return [...lines, m.none]
  lines.push(m.summary({values: w.values.length, rows: w.rows}))
  lines.push(
    textTable(
      [m.columns.value, m.columns.why, m.columns.rows, m.columns.candidates],
      w.values
        .slice(0, SHOWN)
        .map((v) => [v.value, msg().regions.status[v.status], v.total, v.candidates.map((c) => `${c.name} (${c.province})`).join('; ')]),
    ),
  )
  if (w.values.length > SHOWN) lines.push(m.more({n: w.values.length - SHOWN}))
  if (w.workbook) lines.push('', m.written({path: w.workbook.path, values: w.workbook.values, id: w.workbook.workbook_id}))
  return lines
}

/** `mappings apply` for people: the counts, what was derived again, and each rejected row with its reasons. */
export function appliedLines(r: ApplyDecisionsResult): string[] {
  const m = msg().mappingsCmd
  const lines = [m.applied(r), ...rederivedLine(r.rederived)]
  const rejected = r.rows.filter((x) => x.status === 'rejected')
  if (rejected.length)
    lines.push(
      '',
      m.rejectedTitle,
      textTable(
        [m.rejectedColumns.row, m.rejectedColumns.value, m.rejectedColumns.reason],
        rejected.map((x) => [x.row, x.value, x.reasons.join(' | ')]),
      ),
    )
  return lines
}

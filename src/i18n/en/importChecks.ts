import {formatNumber} from '../format'
import type {Catalogue} from '../types'

export const importChecks: Catalogue['importChecks'] = {
  allRejected: (p) =>
    `all ${formatNumber(p.read, 'en')} rows of ${p.file} were rejected and nothing was loaded; the most common reason is in column ${p.field} (${formatNumber(p.rows, 'en')} rows), e.g. row ${p.row}: ${p.reason}`,
  allRejectedFix: (p) => `correct the file for that reason (every rejected row and its reason: ${p.rejects}), then import it again`,
  smeUnitWithoutTopics: (p) =>
    `"${p.value}" means SME for the topics of their unit, but unit "${p.unit}" handles no topic of mappings/topics.yaml (l3_unit values: ${p.units}); list topic codes separated by ";" or correct the unit`,
  smeWithoutUnit: (p) =>
    `"${p.value}" means SME for the topics of their unit, but the unit column is empty; fill in the unit or list topic codes separated by ";"`,
}

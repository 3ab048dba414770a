import type {Catalogue} from '../types'

export const workbookSteps: Catalogue['workbookSteps'] = {
  handoverWritten: (p) => `handover workbook: ${p.file}`,
  metricsComputing: 'computing the historic metrics',
  metricsWritten: (p) => `${p.file}: ${p.rows} rows, ${p.charts} charts; ${p.note}`,
}

import type {Catalogue} from '../types'

export const workbookSteps: Catalogue['workbookSteps'] = {
  channelClosed: (p) => `channel ${p.code} closed: every step finished`,
  checklistComplete: 'every step of the channel checklist finished',
  checklistReopened: 'channel checklist reopened',
  handoverWritten: (p) => `handover workbook: ${p.file}`,
  metricsComputing: 'computing the historic metrics',
  metricsWritten: (p) => `${p.file}: ${p.rows} rows, ${p.charts} charts; ${p.note}`,
}

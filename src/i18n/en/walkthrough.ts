import {formatNumber} from '../format'
import type {Catalogue} from '../types'

export const walkthrough: Catalogue['walkthrough'] = {
  loads: {
    faq: 'FAQ',
    tickets: 'Tickets',
    roster: 'Roster',
    survey: 'Satisfaction survey',
    chatbot: 'Chatbot',
    visits: 'Face-to-face consultations',
    vicon: 'Video conferences',
    published: 'Published figures for the metrics reconciliation',
  },
  loaded: (p) =>
    `${formatNumber(p.read, 'en')} read, ${formatNumber(p.loaded, 'en')} loaded, ${formatNumber(p.updated, 'en')} updated, ${formatNumber(p.unchanged, 'en')} unchanged, ${formatNumber(p.rejected, 'en')} rejected`,
  missingFile: (p) => `skipped: ${p.file} does not exist`,
  noTicketFiles: (p) => `skipped: no ticket files in ${p.dir}`,
  noPublished: 'no fixtures/published/figures.csv; metrics without reconciliation',
  outputs: {
    store: 'state store',
    kms: 'KMS package',
    archive: 'ticket archive',
    metrics: 'metrics workbook',
    draft: 'handover draft',
    handover: 'handover workbook',
  },
  finished: (p) => `\nDemo finished. Its results are in ${p.out}:`,
  stopped: (p) => `  stopped: ${p.reason}`,
  verify: (p) => `\nCheck the audit trail: prime-migrate audit verify --db ${p.store}`,
  folderInUse: (p) => `${p.out} already exists and is not empty`,
  folderInUseFix: 'pass --force to replace it, or choose another folder with --out',
  round: (p) => `round ${p.round}: ${formatNumber(p.applied, 'en')} decisions applied, ${formatNumber(p.rejected, 'en')} rejected`,
}

import type {Catalogue} from '../types'

export const workbookCover: Catalogue['workbookCover'] = {
  sheet: 'Cover',
  about: 'About this workbook',
  audience: 'For',
  scope: 'Scope',
  produced: 'How it was produced',
  contents: 'Contents',
  contentsSheet: 'Sheet',
  contentsAbout: 'What it holds',
  periods: 'Periods',
  periodRange: (p) => `${p.from} to ${p.to} (${p.months} months with data)`,
  noPeriods: 'no data',
  channels: 'Channels',
  store: 'State store',
  cutover: 'Cutover date',
  version: 'prime-migrate version',
  generatedAt: 'Produced at',
  generatedBy: 'Produced by',
  auditHead: 'Audit chain head (SHA-256)',
  reconciliation: 'Reconciliation',
  handover: {
    about:
      'The record of the handover of the DJPK Contact Center to Kemenkeu Prime: the plan and each of its steps, the channels closed with their evidence, the role mapping, the KMS, the reconciliation of the ticket archive, the artifacts with their SHA-256, the sign-offs and the audit log.',
    audience:
      'Auditors and managers who were not there during the consolidation: every figure comes from the state store and can be traced to the audit log.',
    sheets: {
      summary: 'Overall status, counts and the audit chain',
      plan: 'Every step of the plan: owner, due date, status, by whom and when',
      channels: 'The channels closed and their checklists with evidence; the channels kept in service',
      roles: 'Roles before and after the consolidation, with the SMEs per topic',
      routing: 'The L1 → L2 → L3 escalation path per topic',
      kms: 'The SME decision on every FAQ article for the KMS',
      reconciliation: 'Tickets in the store against the exported archive, per month and channel',
      artifacts: 'Every file produced, with its SHA-256',
      signoff: 'The sign-offs and the draft they were given on',
      audit: 'The hash-chained audit log',
    },
  },
  metrics: {
    title: 'Historic Metrics Workbook — DJPK Contact Center',
    about:
      'The DJPK Contact Center service figures per month (Asia/Jakarta time): tickets by channel, topic and requester type, time zones and service hours, L2 escalations, satisfaction, chatbot, face-to-face visits and video conferences.',
    audience:
      'DJPK and Kemenkeu Prime management, as the baseline of the service after the consolidation; the Data sheet holds the same figures as a tidy table for further analysis.',
    sheets: {
      overview: 'Month-on-month and year-on-year change of the main indicators',
      channels: 'Tickets by channel',
      topics: 'Tickets by topic',
      users: 'Tickets by requester type',
      hours: 'Requester time zones and tickets outside service hours',
      escalations: 'Escalations to L2 and their scores',
      satisfaction: 'Requester satisfaction per agent',
      chatbot: 'Chatbot sessions by menu',
      visits: 'Face-to-face visits and video conferences',
      data: 'Every figure as a row (period, metric, dimension, value)',
      reconciliation: 'Published figures against the computed ones',
    },
  },
}

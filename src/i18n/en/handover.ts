import type {Catalogue} from '../types'

export const handover: Catalogue['handover'] = {
  draftMark: 'DRAFT — NOT SIGNED OFF',
  draftBanner:
    'A draft to examine and sign off with `prime-migrate signoff`; the SHA-256 of this file is recorded. The final workbook (handover.xlsx) is built after all three sign-offs.',
  statusDraft: 'draft: waiting to be examined and signed off',
  signedDraft: 'Draft signed off',
  signedDraftSha: 'SHA-256 of the draft signed off',
  metricsReconciliation: 'Metrics reconciliation',
  metricsNotBuilt: 'the metrics workbook has not been built',
  signedAt: 'Signed (WIB)',
  draftFile: 'Draft examined',
  draftSha: 'SHA-256 of the draft',
}

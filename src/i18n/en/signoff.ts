import type {Catalogue} from '../types'
import {plan} from './plan'

export const signoff: Catalogue['signoff'] = {
  noDraft: 'the handover draft has not been built: sign-offs are given on that draft',
  buildDraft: (p) => `build the draft with \`${p.command}\` (step handover.draft), examine the file, then sign`,
  draftStale: (p) =>
    `the handover draft is stale: ${plan.changes(p)} changed after it was built; sign-offs on the older draft do not count`,
  draftMissing: (p) => `the draft file ${p.path} is missing`,
  draftChanged: (p) =>
    `the draft file ${p.path} changed after it was built (SHA-256 recorded ${p.recorded}, now ${p.now}): it is not the draft on record`,
  defaultStatement: (p) =>
    `I have examined the handover draft workbook ${p.file} (SHA-256 ${p.sha256}) and approve the consolidation of the DJPK Contact Center into Kemenkeu Prime.`,
  givenStatement: (p) => `${p.statement} (On the handover draft workbook ${p.file}, SHA-256 ${p.sha256}.)`,
  waitingFor: (p) => `sign-off of draft ${p.file} (SHA-256 ${p.sha256.slice(0, 12)}…) by ${p.roles.join(', ')}`,
  allSigned: (p) => `everyone signed draft ${p.file} (SHA-256 ${p.sha256.slice(0, 12)}…)`,
  recorded: (p) => `Sign-off recorded: ${p.role} — ${p.name} (${p.at}), on draft ${p.file} SHA-256 ${p.sha256}.`,
  draftBuilt: (p) => `handover draft ${p.path} (SHA-256 ${p.sha256}) built for examination and sign-off`,
  draftNotAudited: (p) => `draft ${p.path}: no audit entry records it`,
  draftAuditDiffers: (p) => `draft ${p.path}: its record says SHA-256 ${p.recorded}, the audit log recorded ${p.audited}`,
  signedHashDiffers: (p) =>
    `the sign-off of ${p.role} by ${p.name} records SHA-256 ${p.signed}, but the draft ${p.path} it names has SHA-256 ${p.draft}`,
  signoffNotAudited: (p) => `the sign-off of ${p.role} by ${p.name}: no audit entry records it`,
  signoffAuditDiffers: (p) =>
    `the sign-off of ${p.role} by ${p.name}: the audit log recorded a sign-off by ${p.audited} on SHA-256 ${p.sha256}`,
}

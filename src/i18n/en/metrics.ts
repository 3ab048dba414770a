import type {Catalogue} from '../types'

export const metrics: Catalogue['metrics'] = {
  reconciled: (p) =>
    `Reconciled with the published figures ${p.file}: ${p.compared} figures compared, ${p.differences} different, ${p.missing} not in the data (Reconciliation sheet).`,
  notReconciled: 'Not reconciled: no published-figures file was given.',
  notReconciledDecided: (p) => `Not reconciled, as decided (no_published_figures) by ${p.actor} (${p.at}): ${p.note}`,
  gateWaiting:
    'DJPK Contact Center team: set the published-figures file the metrics are reconciled against, or record the decision to build the metrics without reconciliation',
  or: 'or',
  gateFile: (p) => `published figures set: ${p.file}`,
  gateDecision: (p) => `decided to go without reconciliation by ${p.actor}: ${p.note}`,
  settingSet: (p) =>
    `Published figures set: ${p.file} (${p.rows} figures, SHA-256 ${p.sha256}). Step handover.metrics reconciles against them.`,
  decided: (p) => `Decision no_published_figures recorded: the metrics workbook is built without reconciliation (${p.note}).`,
}

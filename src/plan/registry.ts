import {Store} from '../store/store'

/** What a step gets to work with. Domain code reports progress through `progress`, never a terminal. */
export interface StepContext {
  store: Store
  /** Where this migration's artifacts go (kms/, archive/, workbooks). */
  outDir: string
  /** The person running it has answered confirmations in advance (`--yes`). */
  yes: boolean
  progress(message: string): void
}

export interface GateCheck {
  cleared: boolean
  /** Who the gate waits on, and for what, in a sentence. */
  waitingOn: string
  /** The command (or commands) that clear it. */
  clear: string
  /** Counts or lists a person needs to act, e.g. {pending: 12}. */
  details?: Record<string, unknown>
}

export interface StepHandler {
  /** For automatic steps: do the work (idempotently: a crash mid-way means it runs again). Returns a note. */
  run?(ctx: StepContext): Promise<string | void>
  /** For gates: read-only check of whether a person has done what the gate waits for. */
  check?(ctx: StepContext): Promise<GateCheck>
}

/**
 * Where each step's capability lives. Modules load only when their step runs, so `status` stays fast.
 * A step missing here is reported as not yet available rather than pretended done.
 */
// `require` rather than `import()`: in this CommonJS build, import() would be a real ESM import.
/* eslint-disable @typescript-eslint/no-var-requires */
const HANDLERS: Record<string, () => Promise<StepHandler>> = {
  'prepare.mappings': async () => (require('./steps/prepare') as typeof import('./steps/prepare')).mappingsStep,
  'prepare.sources': async () => (require('./steps/prepare') as typeof import('./steps/prepare')).sourcesGate,
  'kms.contributors': async () => (require('../kms/steps') as typeof import('../kms/steps')).contributorsStep,
  'kms.review_workbook': async () => (require('../kms/steps') as typeof import('../kms/steps')).reviewWorkbookStep,
  'kms.sme_review': async () => (require('../kms/steps') as typeof import('../kms/steps')).smeReviewGate,
  'kms.export': async () => (require('../kms/steps') as typeof import('../kms/steps')).exportStep,
  'roles.map': async () => (require('../roles/steps') as typeof import('../roles/steps')).roleMapStep,
  'roles.sme': async () => (require('../roles/steps') as typeof import('../roles/steps')).smeGate,
  'channels.close.phone': async () => (require('../channels/gates') as typeof import('../channels/gates')).channelCloseGate('phone'),
  'channels.close.whatsapp': async () => (require('../channels/gates') as typeof import('../channels/gates')).channelCloseGate('whatsapp'),
  'channels.close.email': async () => (require('../channels/gates') as typeof import('../channels/gates')).channelCloseGate('email'),
  'channels.close.helpdesk': async () => (require('../channels/gates') as typeof import('../channels/gates')).channelCloseGate('helpdesk'),
  'channels.close.livechat': async () => (require('../channels/gates') as typeof import('../channels/gates')).channelCloseGate('livechat'),
  'tickets.export': async () => (require('../tickets/steps') as typeof import('../tickets/steps')).exportStep,
  'tickets.verify': async () => (require('../tickets/steps') as typeof import('../tickets/steps')).verifyStep,
  'handover.metrics': async () => (require('../metrics/step') as typeof import('../metrics/step')).metricsStep,
  'handover.signoff': async () => (require('../signoff/steps') as typeof import('../signoff/steps')).signoffGate,
  'handover.workbook': async () => (require('../handover/steps') as typeof import('../handover/steps')).handoverWorkbookStep,
}

export async function loadHandler(stepId: string): Promise<StepHandler | undefined> {
  const loader = HANDLERS[stepId]
  return loader ? loader() : undefined
}

export function hasHandler(stepId: string): boolean {
  return stepId in HANDLERS
}

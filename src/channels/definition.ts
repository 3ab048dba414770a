import {InputError} from '../errors'
import type {Bilingual} from '../i18n'
import {loadMapping} from '../mappings/load'
import {msg} from '../i18n'

export const STEP_STATUSES = ['pending', 'in_progress', 'done', 'blocked', 'skipped'] as const
export type ChannelStepStatus = (typeof STEP_STATUSES)[number]

export interface StepDef {
  step: string
  label: Bilingual
  needs: string[]
  requiresArchive: boolean
  owner: Bilingual
  /** Skipped (with a note) settles the steps that need it; false: it must be done. */
  mayskip: boolean
  /** `done` needs evidence. */
  evidenceRequired: boolean
}

export interface ChannelDef {
  code: string
  label: Bilingual
  contact_point: string
  decision: 'close' | 'keep'
  continues: Bilingual | null
}

const DEFAULT_OWNER: Bilingual = {id: 'Tim Contact Center DJPK', en: 'DJPK Contact Center team'}

/** Plan step ids for a channel: the gate that waits on a closing channel's checklist, the decision to keep one. */
export const closeGateId = (code: string): `channels.close.${string}` => `channels.close.${code}`
export const keepDecisionId = (code: string): `channels.keep.${string}` => `channels.keep.${code}`

/** Each channel's decision and the short name plan step titles give it, in the order of channels.yaml. */
export function channelDecisions(): {code: string; decision: 'close' | 'keep'; name: Bilingual}[] {
  return Object.entries(loadMapping('channels').channels).map(([code, c]) => ({code, decision: c.decision, name: c.short_label ?? c.label}))
}

/** The codes of the channels that close, in the order of channels.yaml. */
export function closingChannelCodes(): string[] {
  return channelDecisions()
    .filter((c) => c.decision === 'close')
    .map((c) => c.code)
}

export function channelDefs(): ChannelDef[] {
  return Object.entries(loadMapping('channels').channels).map(([code, c]) => ({
    code,
    label: c!.label,
    contact_point: c!.contact_point,
    decision: c!.decision,
    continues: c!.continues ?? null,
  }))
}

/** The checklist of a closing channel, ordered so that every step comes after the steps it needs. */
export function stepDefs(): StepDef[] {
  const steps = loadMapping('channels').steps
  const ordered: string[] = []
  const visit = (name: string, path: string[]) => {
    if (ordered.includes(name)) return
    if (path.includes(name)) throw new InputError(msg().channels.cycle({path: [...path, name]}), msg().channels.cycleFix)
    for (const n of steps[name].needs) visit(n, [...path, name])
    ordered.push(name)
  }
  for (const name of Object.keys(steps)) visit(name, [])
  return ordered.map((step) => ({
    step,
    label: steps[step].label,
    needs: steps[step].needs,
    requiresArchive: Boolean(steps[step].requires_archive),
    owner: steps[step].owner ?? DEFAULT_OWNER,
    mayskip: steps[step].may_skip ?? true,
    evidenceRequired: steps[step].evidence === 'required',
  }))
}

export function channelDef(code: string): ChannelDef {
  const def = channelDefs().find((c) => c.code === code)
  if (!def)
    throw new InputError(msg().channels.unknownChannel({code}), msg().channels.useOneOf({options: channelDefs().map((c) => c.code)}))
  return def
}

export function stepDef(channel: string, step: string): StepDef {
  const def = stepDefs().find((s) => s.step === step)
  if (!def)
    throw new InputError(msg().channels.unknownStep({channel, step}), msg().channels.useOneOf({options: stepDefs().map((s) => s.step)}))
  return def
}

export function validStatus(status: string): ChannelStepStatus {
  if (!(STEP_STATUSES as readonly string[]).includes(status))
    throw new InputError(msg().channels.badStatus({status}), msg().channels.useOneOf({options: STEP_STATUSES}))
  return status as ChannelStepStatus
}

import {Knex} from 'knex'
import type {Bilingual} from '../i18n'
import {ChannelDef, channelDef, channelDefs, ChannelStepStatus, StepDef, stepDefs} from './definition'

export interface StepState {
  step: string
  label: Bilingual
  needs: string[]
  owner: Bilingual
  mayskip: boolean
  evidenceRequired: boolean
  status: ChannelStepStatus
  actor: string | null
  updated_at: string | null
  evidence: string | null
  evidence_kind: string | null
  evidence_sha256: string | null
  evidence_bytes: number | null
  note: string | null
}

export interface ChannelState extends ChannelDef {
  /** kept: stays open by decision; closed: every step done (or skipped where it may be); closing: work started; open: nothing done yet. */
  state: 'kept' | 'open' | 'closing' | 'closed'
  steps: StepState[]
  /** Steps still to do, in checklist order (empty for kept and closed channels). */
  open_steps: string[]
  progress: {done: number; total: number}
}

/** A step counts as finished for what needs it when done, or skipped where it may be. */
export const satisfied = (s: Pick<StepState, 'status' | 'mayskip'>) => s.status === 'done' || (s.status === 'skipped' && s.mayskip)

function stepStates(defs: StepDef[], rows: any[]): StepState[] {
  return defs.map((d) => {
    const r = rows.find((x) => x.step === d.step)
    return {
      step: d.step,
      label: d.label,
      needs: d.needs,
      owner: d.owner,
      mayskip: d.mayskip,
      evidenceRequired: d.evidenceRequired,
      status: (r?.status ?? 'pending') as ChannelStepStatus,
      actor: r?.actor ?? null,
      updated_at: r?.updated_at ?? null,
      evidence: r?.evidence ?? null,
      evidence_kind: r?.evidence_kind ?? null,
      evidence_sha256: r?.evidence_sha256 ?? null,
      evidence_bytes: r?.evidence_bytes === null || r?.evidence_bytes === undefined ? null : Number(r.evidence_bytes),
      note: r?.note ?? null,
    }
  })
}

export function channelState(def: ChannelDef, rows: any[]): ChannelState {
  if (def.decision === 'keep') return {...def, state: 'kept', steps: [], open_steps: [], progress: {done: 0, total: 0}}
  const steps = stepStates(
    stepDefs(),
    rows.filter((r) => r.channel === def.code),
  )
  const open = steps.filter((s) => !satisfied(s))
  const done = steps.length - open.length
  const closed = steps.every(satisfied)
  const touched = steps.some((s) => s.status !== 'pending')
  return {
    ...def,
    state: closed ? 'closed' : touched ? 'closing' : 'open',
    steps,
    open_steps: open.map((s) => s.step),
    progress: {done, total: steps.length},
  }
}

/** Every channel of channels.yaml with its decision and checklist as the store holds it. */
export async function listChannels(knex: Knex, only?: string): Promise<ChannelState[]> {
  const rows = await knex('channel_steps').select()
  return channelDefs()
    .filter((c) => !only || c.code === only)
    .map((c) => channelState(c, rows))
}

export async function getChannel(knex: Knex, code: string): Promise<ChannelState> {
  return channelState(channelDef(code), await knex('channel_steps').where({channel: code}))
}

import {Knex} from 'knex'
import {recordArtifact} from '../audit/artifacts'
import {InputError, UserError, VerificationError, WaitingError} from '../errors'
import {inLang, msg} from '../i18n'
import {bumpChange} from '../store/changes'
import {Store} from '../store/store'
import {fileDigest} from '../util/hash'
import {nowIso} from '../util/time'
import {archiveFix, archiveVerified} from './archive'
import {channelDef, ChannelStepStatus, stepDef, validStatus} from './definition'
import {classifyEvidence, Evidence} from './evidence'
import {ChannelState, channelState, satisfied, StepState} from './state'

export interface CheckInput {
  channel: string
  step: string
  status: string
  /** Free text, a URL, or the path of a file (hashed and recorded as an artifact). */
  evidence?: string
  note?: string
  /** Where a relative evidence path is resolved (the user's working folder). */
  cwd?: string
}

export interface CheckResult {
  channel: string
  step: string
  from: ChannelStepStatus
  status: ChannelStepStatus
  changed: boolean
  actor: string
  updated_at: string
  evidence: string | null
  evidence_kind: string | null
  evidence_sha256: string | null
  note: string | null
  channel_state: ChannelState['state']
  /** The step ids still open on this channel after the change. */
  open_steps: string[]
}

export const checkCommand = (channel: string, step: string) =>
  `prime-migrate channels check ${channel} ${step} --status done --evidence TEXT|URL|FILE`

/** What must be done before `step` may be marked done: each open step with its status and owner, and the archive. */
async function missingFor(
  knex: Knex,
  channel: ChannelState,
  step: StepState,
  requiresArchive: boolean,
): Promise<{step?: string; text: string}[]> {
  const missing: {step?: string; text: string}[] = step.needs
    .map((n) => channel.steps.find((s) => s.step === n)!)
    .filter((s) => !satisfied(s))
    .map((s) => ({
      step: s.step,
      text: msg().channels.missingStep({step: s.step, owner: inLang(s.owner), status: msg().tables.stepStatus[s.status] ?? s.status}),
    }))
  if (requiresArchive && !(await archiveVerified(knex))) missing.push({text: msg().channels.archiveMissing({fix: archiveFix()})})
  return missing
}

/**
 * An evidence file the store already records (an archive manifest, say) keeps its record: recording
 * it again would hide a change `audit verify` should catch, so a changed one is refused.
 */
async function knownArtifact(knex: Knex, path: string, sha256: string): Promise<{kind: string} | null> {
  const a = await knex('artifacts').where({path}).first('kind', 'sha256')
  if (!a) return null
  if (a.sha256 !== sha256)
    throw new VerificationError(msg().channels.evidenceChanged({path, kind: a.kind, recorded: a.sha256, now: sha256}))
  return a
}

const CLOSE_STEP = (channel: string) => `channels.close.${channel}`

/** Keep the plan's gate in step with the checklist, so `status` shows a channel closed the moment it is. */
async function syncPlanGate(store: Store, trx: Knex.Transaction, channel: string, closed: boolean, at: string): Promise<void> {
  const id = CLOSE_STEP(channel)
  const step = await trx('plan_steps').where({id}).first('status')
  if (!step || (step.status === 'done') === closed) return
  const to = closed ? 'done' : 'pending'
  const note = closed ? msg().channels.closedNote : msg().channels.reopenedNote
  await trx('plan_steps').where({id}).update({status: to, actor: store.actor, updated_at: at, note})
  await store.audit('plan.step_status', {step: id, from: step.status, to, note}, trx)
}

/**
 * Why a status cannot be recorded on a step, found before any evidence or note is asked for (the
 * checklist asks this first, so nothing a person types is thrown away): a kept channel, a step that
 * may not be skipped, a step marked done before what it needs (exit 3), or a settled step that later
 * steps need. Null when it may be recorded.
 */
export async function refusal(store: Store, input: Pick<CheckInput, 'channel' | 'step' | 'status'>): Promise<UserError | null> {
  const def = channelDef(input.channel)
  if (def.decision === 'keep') {
    return new InputError(msg().channels.kept({code: def.code, label: inLang(def.label)}), msg().channels.keptFix)
  }
  const sdef = stepDef(def.code, input.step)
  const status = validStatus(input.status)
  const m = msg().channels
  if (status === 'skipped' && !sdef.mayskip)
    return new InputError(m.mayNotSkip({channel: def.code, step: sdef.step}), m.mayNotSkipFix({channel: def.code, step: sdef.step}))
  const before = channelState(def, await store.knex('channel_steps').where({channel: def.code}))
  const current = before.steps.find((s) => s.step === sdef.step)!
  if (status === 'done') {
    const missing = await missingFor(store.knex, before, current, sdef.requiresArchive)
    if (missing.length) {
      const fixes = missing.map((x) => (x.step ? checkCommand(def.code, x.step) : archiveFix()))
      return new WaitingError(
        msg().channels.notYet({channel: def.code, step: sdef.step, missing: missing.map((x) => x.text)}),
        fixes.join('; '),
        {channel: def.code, step: sdef.step, missing: missing.map((x) => x.step ?? 'ticket_archive')},
      )
    }
  } else if (satisfied(current) && !satisfied({status, mayskip: sdef.mayskip})) {
    const after = before.steps.filter((s) => s.needs.includes(sdef.step) && s.status === 'done').map((s) => s.step)
    if (after.length)
      return new InputError(
        msg().channels.cannotLeave({
          channel: def.code,
          step: sdef.step,
          status: msg().tables.stepStatus[current.status] ?? current.status,
          after,
        }),
        msg().channels.cannotLeaveFix({channel: def.code, after}),
      )
  }
  return null
}

/**
 * `channels check`: record one checklist step's status with who, when and evidence. Marking a step
 * done before what it needs is refused (WaitingError, exit 3) naming each missing step; `skipped`
 * needs a note and is refused for a step that may not be skipped; `done` needs evidence where
 * channels.yaml says so; evidence that names a file must be one. Audited, with the evidence file as
 * an artifact, and counted as a change of the channel checklists.
 */
export async function checkStep(store: Store, input: CheckInput): Promise<CheckResult> {
  const refused = await refusal(store, input)
  if (refused) throw refused
  const def = channelDef(input.channel)
  const sdef = stepDef(def.code, input.step)
  const status = validStatus(input.status)
  const note = input.note?.trim() || null
  if (status === 'skipped' && !note)
    throw new InputError(
      msg().channels.skippedNeedsNote({channel: def.code, step: sdef.step}),
      msg().channels.skippedNeedsNoteFix({channel: def.code, step: sdef.step}),
    )
  const before = channelState(def, await store.knex('channel_steps').where({channel: def.code}))
  const current = before.steps.find((s) => s.step === sdef.step)!
  const evidence: Evidence | null = input.evidence?.trim() ? classifyEvidence(input.evidence, input.cwd) : null
  if (status === 'done' && sdef.evidenceRequired && !evidence && !current.evidence) {
    const m = msg().channels
    throw new InputError(
      m.evidenceRequired({channel: def.code, step: sdef.step}),
      m.evidenceRequiredFix({channel: def.code, step: sdef.step}),
    )
  }
  const digest = evidence?.kind === 'file' ? await fileDigest(evidence.value) : null
  const known = evidence?.kind === 'file' ? await knownArtifact(store.knex, evidence.value, digest!.sha256) : null
  const row = {
    status,
    evidence: evidence?.value ?? current.evidence,
    evidence_kind: evidence?.kind ?? current.evidence_kind,
    evidence_sha256: evidence ? (digest?.sha256 ?? null) : current.evidence_sha256,
    evidence_bytes: evidence ? (digest?.bytes ?? null) : current.evidence_bytes,
    note: note ?? (status === current.status ? current.note : null),
  }
  const changed =
    current.actor === null || (Object.keys(row) as (keyof typeof row)[]).some((k) => (row[k] ?? null) !== (current[k] ?? null))
  const at = nowIso()
  if (changed) {
    await store.knex.transaction(async (trx) => {
      const key = {channel: def.code, step: sdef.step}
      if (current.actor === null) await trx('channel_steps').insert({...key, ...row, actor: store.actor, updated_at: at})
      else
        await trx('channel_steps')
          .where(key)
          .update({...row, actor: store.actor, updated_at: at})
      const change = await bumpChange(trx, 'channels', store.actor)
      await store.audit(
        'channels.step',
        {
          ...key,
          from: current.status,
          to: status,
          evidence: row.evidence,
          evidence_kind: row.evidence_kind,
          evidence_sha256: row.evidence_sha256,
          note: row.note,
          channels_change: change,
        },
        trx,
      )
      if (evidence?.kind === 'file' && !known)
        await recordArtifact(trx, {actor: store.actor, command: store.command}, 'channel_evidence', evidence.value)
      const after = channelState(def, await trx('channel_steps').where({channel: def.code}))
      if ((after.state === 'closed') !== (before.state === 'closed')) {
        await store.audit(after.state === 'closed' ? 'channels.closed' : 'channels.reopened', {channel: def.code}, trx)
        await syncPlanGate(store, trx, def.code, after.state === 'closed', at)
      }
    })
  }
  const after = channelState(def, await store.knex('channel_steps').where({channel: def.code}))
  const saved = after.steps.find((s) => s.step === sdef.step)!
  return {
    channel: def.code,
    step: sdef.step,
    from: current.status,
    status,
    changed,
    actor: saved.actor ?? store.actor,
    updated_at: saved.updated_at ?? at,
    evidence: saved.evidence,
    evidence_kind: saved.evidence_kind,
    evidence_sha256: saved.evidence_sha256,
    note: saved.note,
    channel_state: after.state,
    open_steps: after.open_steps,
  }
}

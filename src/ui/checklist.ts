import {checkStep, CheckResult, refusal} from '../channels/check'
import {channelDef, StepDef} from '../channels/definition'
import {classifyEvidence} from '../channels/evidence'
import {getChannel, listChannels, satisfied} from '../channels/state'
import {InputError, UserError} from '../errors'
import {inLang, msg} from '../i18n'
import {Store} from '../store/store'
import {selectTheme} from './prompt-theme'
import {input, select} from '@inquirer/prompts'

type Choice = 'done' | 'in_progress' | 'blocked' | 'skipped' | 'leave' | 'quit'
const CHOICES: Choice[] = ['done', 'in_progress', 'blocked', 'skipped', 'leave', 'quit']

/** The answers offered for a step: `skipped` only where channels.yaml lets the step be skipped. */
export function checklistChoices(step: Pick<StepDef, 'mayskip'>): {value: Choice; name: string}[] {
  const names = msg().prompts.choices
  return CHOICES.filter((c) => c !== 'skipped' || step.mayskip).map((value) => ({value, name: names[value]}))
}

/** Pressing Ctrl+C (or closing the terminal) ends the walk quietly; what was recorded stays recorded. */
const isPromptExit = (e: unknown) => e instanceof Error && (e.name === 'ExitPromptError' || e.name === 'AbortPromptError')

async function pickChannel(store: Store): Promise<string | undefined> {
  const open = (await listChannels(store.knex)).filter((c) => c.decision === 'close' && c.state !== 'closed')
  if (!open.length) return undefined
  return select({
    message: msg().prompts.pickChannel,
    theme: selectTheme(),
    choices: open.map((c) => ({value: c.code, name: `${c.code} — ${inLang(c.label)} (${c.progress.done}/${c.progress.total})`})),
  })
}

/** What to type as evidence is checked as it is typed: a refused path is asked again, never thrown away. */
function evidenceProblem(value: string, required: boolean): string | true {
  if (!value.trim()) return required ? msg().channels.evidenceNeeded : true
  try {
    classifyEvidence(value)
    return true
  } catch (error) {
    if (!(error instanceof UserError)) throw error
    return `${error.message}${error.fix ? `; ${error.fix}` : ''}`
  }
}

/**
 * Walk a person through a channel's open steps, in order, recording each answer with the same
 * function as `channels check`. A status that would be refused (a step it needs is not done, a step
 * that may not be skipped) is refused before evidence or a note is asked, and the walk goes on; a
 * step that may not be skipped is not offered `skipped`.
 */
export async function walkChecklist(
  store: Store,
  channel: string | undefined,
  say: (line: string) => void,
): Promise<{channel: string | null; recorded: CheckResult[]}> {
  const recorded: CheckResult[] = []
  const m = msg().prompts
  try {
    const code = channel ?? (await pickChannel(store))
    if (!code) {
      say(m.allComplete)
      return {channel: null, recorded}
    }
    const def = channelDef(code)
    if (def.decision === 'keep') throw new InputError(msg().channels.kept({code, label: inLang(def.label)}), msg().channels.keptFix)
    const start = await getChannel(store.knex, code)
    say(m.channelHead({code, label: inLang(def.label), contact: def.contact_point, ...start.progress}))
    for (const stepId of start.open_steps) {
      const ch = await getChannel(store.knex, code)
      const s = ch.steps.find((x) => x.step === stepId)!
      const waiting = s.needs.filter((n) => !satisfied(ch.steps.find((x) => x.step === n)!))
      say(
        m.stepHead({...s, label: inLang(s.label), owner: inLang(s.owner), status: msg().tables.stepStatus[s.status] ?? s.status, waiting}),
      )
      const choice = await select<Choice>({message: m.newStatus(s), choices: checklistChoices(s), theme: selectTheme()})
      if (choice === 'quit') break
      if (choice === 'leave') continue
      const refused = await refusal(store, {channel: code, step: s.step, status: choice})
      if (refused) {
        say(m.notRecorded(refused))
        continue
      }
      const required = choice === 'done' && s.evidenceRequired && !s.evidence
      const evidence = await input({
        message: msg().channels.askEvidence({required}),
        validate: (v) => evidenceProblem(v, required),
      })
      const note = await input({
        message: choice === 'skipped' ? m.noteSkipped : m.noteOptional,
        validate: (v) => choice !== 'skipped' || v.trim() !== '' || m.noteNeeded,
      })
      try {
        const r = await checkStep(store, {
          channel: code,
          step: s.step,
          status: choice,
          evidence: evidence || undefined,
          note: note || undefined,
        })
        recorded.push(r)
        const status = msg().tables.stepStatus
        say(
          m.recorded({
            step: r.step,
            from: status[r.from] ?? r.from,
            to: status[r.status] ?? r.status,
            actor: r.actor,
            sha: r.evidence_sha256?.slice(0, 12),
          }),
        )
      } catch (error) {
        if (!(error instanceof UserError)) throw error
        say(m.notRecorded(error))
      }
    }
    const end = await getChannel(store.knex, code)
    say(`\n${end.state === 'closed' ? m.channelClosed({code}) : m.channelOpen({code, ...end.progress, open: end.open_steps})}`)
    return {channel: code, recorded}
  } catch (error) {
    if (isPromptExit(error)) {
      say(m.stopped({count: recorded.length}))
      return {channel: channel ?? null, recorded}
    }
    throw error
  }
}

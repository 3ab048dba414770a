import {checkStep, CheckResult, refusal} from '../channels/check'
import {channelDef, StepDef} from '../channels/definition'
import {classifyEvidence} from '../channels/evidence'
import {getChannel, listChannels, satisfied} from '../channels/state'
import {InputError, UserError} from '../errors'
import {inLang, msg} from '../i18n'
import {Store} from '../store/store'
import {input, select} from '@inquirer/prompts'

type Choice = 'done' | 'in_progress' | 'blocked' | 'skipped' | 'leave' | 'quit'
const CHOICES: {value: Choice; name: string}[] = [
  {value: 'done', name: 'done — selesai'},
  {value: 'in_progress', name: 'in_progress — sedang dikerjakan'},
  {value: 'blocked', name: 'blocked — terhambat'},
  {value: 'skipped', name: 'skipped — dilewati (wajib catatan)'},
  {value: 'leave', name: 'biarkan, ke langkah berikutnya'},
  {value: 'quit', name: 'berhenti'},
]

/** The answers offered for a step: `skipped` only where channels.yaml lets the step be skipped. */
export function checklistChoices(step: Pick<StepDef, 'mayskip'>): {value: Choice; name: string}[] {
  return CHOICES.filter((c) => c.value !== 'skipped' || step.mayskip)
}

/** Pressing Ctrl+C (or closing the terminal) ends the walk quietly; what was recorded stays recorded. */
const isPromptExit = (e: unknown) => e instanceof Error && (e.name === 'ExitPromptError' || e.name === 'AbortPromptError')

async function pickChannel(store: Store): Promise<string | undefined> {
  const open = (await listChannels(store.knex)).filter((c) => c.decision === 'close' && c.state !== 'closed')
  if (!open.length) return undefined
  return select({
    message: 'Kanal mana yang daftar periksanya akan diisi?',
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
  try {
    const code = channel ?? (await pickChannel(store))
    if (!code) {
      say('Semua kanal yang ditutup sudah lengkap daftar periksanya.')
      return {channel: null, recorded}
    }
    const def = channelDef(code)
    if (def.decision === 'keep')
      throw new InputError(
        `channel ${code} (${inLang(def.label)}) is kept, not closed: it has no shutdown checklist`,
        '`prime-migrate channels list` shows what continues on it',
      )
    const start = await getChannel(store.knex, code)
    say(
      `Kanal ${code} — ${inLang(def.label)} · kontak: ${def.contact_point} · ${start.progress.done}/${start.progress.total} langkah selesai.`,
    )
    for (const stepId of start.open_steps) {
      const ch = await getChannel(store.knex, code)
      const s = ch.steps.find((x) => x.step === stepId)!
      const waiting = s.needs.filter((n) => !satisfied(ch.steps.find((x) => x.step === n)!))
      say(
        `\nLangkah ${s.step}: ${inLang(s.label)}\n  status: ${s.status} · pemilik: ${inLang(s.owner)}${waiting.length ? ` · menunggu: ${waiting.join(', ')}` : ''}`,
      )
      const choice = await select<Choice>({message: `Status baru untuk ${s.step}?`, choices: checklistChoices(s)})
      if (choice === 'quit') break
      if (choice === 'leave') continue
      const refused = await refusal(store, {channel: code, step: s.step, status: choice})
      if (refused) {
        say(`  tidak dicatat: ${refused.message}${refused.fix ? `\n  perbaiki: ${refused.fix}` : ''}`)
        continue
      }
      const required = choice === 'done' && s.evidenceRequired && !s.evidence
      const evidence = await input({
        message: msg().channels.askEvidence({required}),
        validate: (v) => evidenceProblem(v, required),
      })
      const note = await input({
        message: choice === 'skipped' ? 'Catatan (wajib, alasan dilewati):' : 'Catatan (opsional):',
        validate: (v) => choice !== 'skipped' || v.trim() !== '' || 'langkah yang dilewati perlu catatan',
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
        say(
          `  dicatat: ${r.step} ${r.from} → ${r.status} oleh ${r.actor}${r.evidence_sha256 ? ` (bukti sha256 ${r.evidence_sha256.slice(0, 12)})` : ''}`,
        )
      } catch (error) {
        if (!(error instanceof UserError)) throw error
        say(`  tidak dicatat: ${error.message}${error.fix ? `\n  perbaiki: ${error.fix}` : ''}`)
      }
    }
    const end = await getChannel(store.knex, code)
    say(
      `\n${end.state === 'closed' ? `Kanal ${code} TERTUTUP.` : `Kanal ${code}: ${end.progress.done}/${end.progress.total} langkah selesai; terbuka: ${end.open_steps.join(', ')}`}`,
    )
    return {channel: code, recorded}
  } catch (error) {
    if (isPromptExit(error)) {
      say(`\nDihentikan. ${recorded.length} langkah sudah dicatat dan tetap tercatat.`)
      return {channel: channel ?? null, recorded}
    }
    throw error
  }
}

import {inLang, msg} from '../i18n'
import {executeStep, previewStep, RunOptions, RunResult, StepOutcome, stoppedError, stopsRun} from '../plan/runner'
import {PlanStep} from '../plan/repository'
import {StepContext} from '../plan/step'
import {UserError} from '../errors'
import {plainLineOptions} from './plain-lines'
import {currentRenderer} from './renderer'
import {Listr} from 'listr2'

/** One step doing real work, shown as a listr2 task with its progress; a failure shows as ✖ and is returned, not thrown. */
async function withProgress(step: PlanStep, run: (progress: (m: string) => void) => Promise<StepOutcome>, json: boolean) {
  let outcome: StepOutcome | undefined
  const tasks = new Listr(
    [
      {
        title: `${step.id}: ${inLang(step.title)}`,
        task: async (_: unknown, task: any) => {
          outcome = await run((m: string) => (task.output = m))
          if (outcome.kind === 'failed') throw outcome.error
        },
      },
    ],
    {
      concurrent: false,
      exitOnError: true,
      renderer: currentRenderer(json),
      fallbackRenderer: 'simple',
      rendererOptions: {collapseSubtasks: false, ...plainLineOptions()},
      fallbackRendererOptions: plainLineOptions(),
    },
  )
  try {
    await tasks.run()
  } catch (error) {
    if (!outcome) throw error
  }
  return outcome!
}

/** The line a person reads for a step that did no work of its own: done before, a gate checked, or where the run waits. */
function stepLine(step: PlanStep, outcome: StepOutcome): string | undefined {
  const m = msg().run
  switch (outcome.kind) {
    case 'already':
      return `✔ ${step.id}: ${m.already({status: outcome.status})}`
    case 'done':
      return `✔ ${step.id}: ${outcome.note ?? inLang(step.title)}`
    case 'waiting':
    case 'unavailable':
      return `⏸ ${step.id}: ${inLang(step.title)}`
    case 'stale':
      return `⏸ ${step.id}: ${m.staleLine({changed: outcome.changed})}`
    default:
      return undefined
  }
}

/**
 * Run the steps in order until the first that stops the run. Steps that do work are shown as listr2
 * tasks with their progress; a step that was done, a gate that is cleared, and the gate the run waits at
 * are lines (`✔`, `⏸`), never a failure. The caller decides from `stop` what that means (the run
 * command turns it into its error and exit code).
 */
export async function runStepsWithProgress(
  steps: PlanStep[],
  ctx: Omit<StepContext, 'progress'>,
  opts: RunOptions,
  json: boolean,
  say: (line: string) => void = () => {},
): Promise<RunResult> {
  const result: RunResult = {report: {ran: []}}
  const aside = {...ctx, progress: (m: string) => (json ? undefined : say(`  ${m}`))}
  for (const step of steps) {
    const preview = await previewStep(step, {...ctx, progress: () => {}})
    const works = preview.kind === 'will_run' || (preview.kind === 'will_redo' && opts.redoStale)
    const outcome = works
      ? await withProgress(step, (progress) => executeStep(step, {...ctx, progress}, opts), json)
      : await executeStep(step, aside, opts)
    result.report.ran.push({id: step.id, outcome: outcome.kind, note: outcome.kind === 'done' ? outcome.note : undefined})
    const line = works ? undefined : stepLine(step, outcome)
    if (line && !json) say(line)
    if (stopsRun(outcome)) {
      const err = stoppedError(step, outcome)
      result.stop = {step, outcome}
      result.report.stoppedAt = {id: step.id, reason: err.message, clear: err instanceof UserError ? err.fix : undefined}
      break
    }
  }
  return result
}

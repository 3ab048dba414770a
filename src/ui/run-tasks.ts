import {UserError} from '../errors'
import {executeStep, RunOptions, RunResult, stoppedError, stopsRun} from '../plan/runner'
import {PlanStep} from '../plan/repository'
import {StepContext} from '../plan/step'
import {currentRenderer} from './renderer'
import {Listr} from 'listr2'

/**
 * Run the steps as a listr2 task list, in order, until the first step that stops the run. The caller
 * decides from `stop` what that means (the run command turns it into its error and exit code).
 */
export async function runStepsWithProgress(
  steps: PlanStep[],
  ctx: Omit<StepContext, 'progress'>,
  opts: RunOptions,
  json: boolean,
): Promise<RunResult> {
  const result: RunResult = {report: {ran: []}}
  const tasks = new Listr(
    steps.map((step) => ({
      title: `${step.id}: ${step.title}`,
      task: async (_: unknown, task: any) => {
        const outcome = await executeStep(step, {...ctx, progress: (m: string) => (task.output = m)}, opts)
        result.report.ran.push({id: step.id, outcome: outcome.kind, note: outcome.kind === 'done' ? outcome.note : undefined})
        if (outcome.kind === 'already') task.skip(`${step.id}: sudah ${outcome.status}`)
        if (stopsRun(outcome)) {
          const err = stoppedError(step, outcome)
          result.stop = {step, outcome}
          result.report.stoppedAt = {id: step.id, reason: err.message, clear: err instanceof UserError ? err.fix : undefined}
          // Throwing shows the step as failed and ends the list here (exitOnError), so later steps are not shown as skipped.
          throw err
        }
      },
    })),
    {
      concurrent: false,
      exitOnError: true,
      renderer: currentRenderer(json),
      fallbackRenderer: 'simple',
      rendererOptions: {collapseSubtasks: false},
    },
  )
  try {
    await tasks.run()
  } catch (error) {
    if (!result.stop) throw error
  }
  return result
}

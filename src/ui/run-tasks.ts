import {UserError} from '../errors'
import {executeStep, RunOptions, stoppedError} from '../plan/runner'
import {PlanStep} from '../plan/repository'
import {StepContext} from '../plan/registry'
import {currentRenderer} from './renderer'

// Loaded on use: oclif loads every command module to list them, and `status` must start fast.
const listr2 = () => require('listr2') as typeof import('listr2')

export interface RunReport {
  ran: {id: string; outcome: string; note?: string}[]
  stoppedAt?: {id: string; reason: string; clear?: string}
}

/** Run the steps as a listr2 task list, in order, stopping at the first gate or failure. */
export async function runStepsWithProgress(
  steps: PlanStep[],
  ctx: Omit<StepContext, 'progress'>,
  opts: RunOptions,
  json: boolean,
): Promise<RunReport> {
  const report: RunReport = {ran: []}
  let stop: UserError | Error | undefined
  const tasks = new (listr2().Listr)(
    steps.map((step) => ({
      title: `${step.id}: ${step.title}`,
      task: async (_: unknown, task: any) => {
        const outcome = await executeStep(step, {...ctx, progress: (m: string) => (task.output = m)}, opts)
        report.ran.push({id: step.id, outcome: outcome.kind, note: outcome.kind === 'done' ? outcome.note : undefined})
        if (outcome.kind === 'already') task.skip(`${step.id}: sudah ${outcome.status}`)
        const err = stoppedError(step, outcome)
        if (err) {
          stop = err
          report.stoppedAt = {id: step.id, reason: err.message, clear: err.fix}
          // Throwing ends the list here (exitOnError), so later steps are not shown as skipped.
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
    const e = error as Error
    report.stoppedAt ??= {id: report.ran.at(-1)?.id ?? '', reason: e.message}
    throw stop ?? error
  }
  return report
}

import {Store} from '../store/store'
import {migrationStatus} from './status'
import {getPlan} from './repository'
import type {PlanView} from './step'

/** The plan as it stands, for the handover workbooks: the recorded steps and the live progress. */
export async function planView(store: Store): Promise<PlanView> {
  const status = await migrationStatus(store)
  return {cutover: status.cutover, progress: status.progress, steps: await getPlan(store.knex)}
}

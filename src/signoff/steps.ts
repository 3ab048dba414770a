import {GateCheck, StepContext, StepHandler, StepHandlers} from '../plan/step'
import {missingSignoffs, SIGNOFF_ROLES} from './signoff'

export const signoffGate: StepHandler = {
  async check(ctx: StepContext): Promise<GateCheck> {
    const missing = await missingSignoffs(ctx.store.knex)
    return {
      cleared: missing.length === 0,
      waitingOn: missing.length
        ? `pengesahan dari ${missing.map((r) => SIGNOFF_ROLES[r].label).join(', ')}`
        : 'semua pihak telah mengesahkan',
      clear: missing.map((r) => `prime-migrate signoff ${r} --name "NAMA"`).join('; '),
      details: {missing},
    }
  },
}

export const steps: StepHandlers = {'handover.signoff': signoffGate}

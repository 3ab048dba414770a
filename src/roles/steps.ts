import {GateCheck, StepContext, StepHandler, StepHandlers} from '../plan/step'
import {mapRoles} from './map'
import {roleOverview} from './show'
import {msg} from '../i18n'

/** Plan step `roles.map`: the tool maps the roster itself; topics still without an SME are left to `roles.sme`. */
export const roleMapStep: StepHandler = {
  async run(ctx: StepContext) {
    const r = await mapRoles(ctx.store)
    const levels = ['L1', 'L2', 'L3'].map((l) => `${r.people.filter((p) => p.new_level === l).length} ${l}`).join(', ')
    return msg().steps.rolesMapped({
      people: r.people.length,
      levels,
      routed: r.routing.length,
      sme: r.sme.length,
      uncovered: r.uncovered.length,
    })
  },
}

/** Plan gate `roles.sme`: cleared when every topic that needs one has an SME. */
export const smeGate: StepHandler = {
  async check(ctx: StepContext): Promise<GateCheck> {
    const o = await roleOverview(ctx.store.knex)
    if (!o.mapped) {
      return {
        cleared: false,
        waitingOn: msg().steps.rolesNotMapped,
        clear: 'prime-migrate roles map',
        details: {uncovered: []},
      }
    }
    const cleared = o.uncovered.length === 0
    return {
      cleared,
      waitingOn: cleared ? msg().steps.smeCovered({assignments: o.sme.length}) : msg().steps.smeMissing({topics: o.uncovered}),
      clear: msg().steps.smeClear,
      details: {uncovered: o.uncovered, assignments: o.sme.length},
    }
  },
}

export const steps: StepHandlers = {'roles.map': roleMapStep, 'roles.sme': smeGate}

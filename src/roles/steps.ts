import {GateCheck, StepContext, StepHandler, StepHandlers} from '../plan/step'
import {mapRoles} from './map'
import {roleOverview} from './show'

/** Plan step `roles.map`: the tool maps the roster itself; topics still without an SME are left to `roles.sme`. */
export const roleMapStep: StepHandler = {
  async run(ctx: StepContext) {
    const r = await mapRoles(ctx.store)
    const levels = ['L1', 'L2', 'L3'].map((l) => `${r.people.filter((p) => p.new_level === l).length} ${l}`).join(', ')
    return `${r.people.length} orang dipetakan (${levels}); ${r.routing.length} topik dirutekan; ${r.sme.length} penugasan SME${r.uncovered.length ? `; ${r.uncovered.length} topik belum ber-SME` : ''}`
  },
}

/** Plan gate `roles.sme`: cleared when every topic that needs one has an SME. */
export const smeGate: StepHandler = {
  async check(ctx: StepContext): Promise<GateCheck> {
    const o = await roleOverview(ctx.store.knex)
    if (!o.mapped) {
      return {
        cleared: false,
        waitingOn: 'Ketua Proyek Konsolidasi: peran belum dipetakan',
        clear: 'prime-migrate roles map',
        details: {uncovered: []},
      }
    }
    const cleared = o.uncovered.length === 0
    return {
      cleared,
      waitingOn: cleared
        ? `setiap topik memiliki SME (${o.sme.length} penugasan)`
        : `Koordinator SME: tunjuk SME untuk ${o.uncovered.length} topik: ${o.uncovered.join(', ')}`,
      clear:
        'isi kolom sme (kode topik dipisah ;) bagi pegawai DJPK di roster, lalu `prime-migrate import roster FILE.csv` dan `prime-migrate roles map`',
      details: {uncovered: o.uncovered, assignments: o.sme.length},
    }
  },
}

export const steps: StepHandlers = {'roles.map': roleMapStep, 'roles.sme': smeGate}

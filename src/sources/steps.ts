import {GateCheck, StepContext, StepHandlers} from '../plan/step'

/** Registers the later stages read; each with the command that loads it. */
const REQUIRED_REGISTERS = [
  {table: 'faq_articles', label: 'FAQ', command: 'prime-migrate import faq FILE.xlsx'},
  {table: 'tickets', label: 'tiket', command: 'prime-migrate import tickets FILE.csv (atau --deskpro mysql://…)'},
  {table: 'roster', label: 'roster', command: 'prime-migrate import roster FILE.csv'},
]

export const steps: StepHandlers = {
  'prepare.sources': {
    async check(ctx: StepContext): Promise<GateCheck> {
      const counts: Record<string, number> = {}
      const missing = []
      for (const r of REQUIRED_REGISTERS) {
        const [{n}] = await ctx.store.knex(r.table).count({n: '*'})
        counts[r.table] = Number(n)
        if (Number(n) === 0) missing.push(r)
      }
      return {
        cleared: missing.length === 0,
        waitingOn: missing.length
          ? `Tim Contact Center DJPK: muat register ${missing.map((m) => m.label).join(', ')}`
          : 'register sudah dimuat',
        clear: missing.map((m) => m.command).join('; '),
        details: counts,
      }
    },
  },
}

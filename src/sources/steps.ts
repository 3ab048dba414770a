import {msg} from '../i18n'
import {GateCheck, StepContext, StepHandlers} from '../plan/step'

/** Registers the later stages read; each with the command that loads it. */
const REQUIRED_REGISTERS = [
  {table: 'faq_articles', register: 'faq', command: () => 'prime-migrate import faq FILE.xlsx'},
  {table: 'tickets', register: 'tickets', command: () => msg().steps.ticketsCommand},
  {table: 'roster', register: 'roster', command: () => 'prime-migrate import roster FILE.csv'},
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
          ? msg().steps.sourcesMissing({labels: missing.map((m) => msg().steps.registers[m.register])})
          : msg().steps.sourcesLoaded,
        clear: missing.map((m) => m.command()).join('; '),
        details: counts,
      }
    },
  },
}

import {inLang, msg} from '../i18n'
import {GateCheck, StepContext, StepHandler} from '../plan/step'
import {checkCommand} from './check'
import {getChannel} from './state'

/** Plan gate `channels.close.<code>`: cleared when the channel's checklist is complete. */
export function channelCloseGate(code: string): StepHandler {
  return {
    async check(ctx: StepContext): Promise<GateCheck> {
      const ch = await getChannel(ctx.store.knex, code)
      if (ch.state === 'closed') return {cleared: true, waitingOn: msg().steps.channelClosed({code}), clear: '', details: {open_steps: []}}
      const open = ch.steps.filter((s) => ch.open_steps.includes(s.step))
      const byOwner = new Map<string, string[]>()
      for (const s of open)
        byOwner.set(inLang(s.owner), [
          ...(byOwner.get(inLang(s.owner)) ?? []),
          `${s.step} (${msg().tables.stepStatus[s.status] ?? s.status})`,
        ])
      return {
        cleared: false,
        waitingOn: [...byOwner].map(([owner, steps]) => `${owner}: ${steps.join(', ')}`).join('; '),
        clear: open.map((s) => checkCommand(code, s.step)).join('; '),
        details: {open_steps: ch.open_steps, progress: ch.progress},
      }
    },
  }
}

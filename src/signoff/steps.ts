import {basename} from 'node:path'
import {inLang, msg} from '../i18n'
import {GateCheck, StepContext, StepHandler, StepHandlers} from '../plan/step'
import {draftState} from './drafts'
import {BUILD_DRAFT, missingSignoffs, SIGNOFF_ROLES} from './signoff'

/** Cleared when each role has signed the current draft; a stale draft's sign-offs do not count. */
export const signoffGate: StepHandler = {
  async check(ctx: StepContext): Promise<GateCheck> {
    const m = msg().signoff
    const {draft, changed} = await draftState(ctx.store.knex)
    if (!draft) return {cleared: false, waitingOn: m.noDraft, clear: BUILD_DRAFT, details: {missing: Object.keys(SIGNOFF_ROLES)}}
    if (changed.length)
      return {
        cleared: false,
        waitingOn: m.draftStale({changed}),
        clear: `${BUILD_DRAFT} --yes`,
        details: {missing: Object.keys(SIGNOFF_ROLES), draft_stale: changed},
      }
    const missing = await missingSignoffs(ctx.store.knex)
    const on = {file: basename(draft.path), sha256: draft.sha256}
    return {
      cleared: missing.length === 0,
      waitingOn: missing.length ? m.waitingFor({roles: missing.map((r) => inLang(SIGNOFF_ROLES[r].label)), ...on}) : m.allSigned(on),
      clear: missing.map((r) => `prime-migrate signoff ${r} --name "NAMA"`).join('; '),
      details: {missing, draft: draft.path, draft_sha256: draft.sha256},
    }
  },
}

export const steps: StepHandlers = {'handover.signoff': signoffGate}

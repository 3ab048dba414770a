import {steps as channels} from '../channels/steps'
import {steps as handover} from '../handover/steps'
import {steps as kms} from '../kms/steps'
import {steps as mappings} from '../mappings/steps'
import {steps as metrics} from '../metrics/steps'
import {steps as roles} from '../roles/steps'
import {steps as signoff} from '../signoff/steps'
import {steps as sources} from '../sources/steps'
import {steps as tickets} from '../tickets/steps'
import {StepHandler, StepHandlers} from './step'

/** Every domain's steps. The channel gates follow mappings/channels.yaml, so the map is built on each call. */
function handlers(): StepHandlers {
  return {...mappings, ...sources, ...kms, ...tickets, ...roles, ...channels(), ...metrics, ...signoff, ...handover}
}

/** How a step is carried out; undefined when this version has no capability for it (reported, never pretended done). */
export function stepHandler(stepId: string): StepHandler | undefined {
  const all = handlers()
  return Object.hasOwn(all, stepId) ? all[stepId] : undefined
}

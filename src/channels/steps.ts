import {StepHandlers} from '../plan/step'
import {closeGateId, closingChannelCodes} from './definition'
import {channelCloseGate} from './gates'

/**
 * One gate per closing channel of mappings/channels.yaml. A function, unlike other domains' `steps`:
 * the file is read when the plan asks, so a broken mapping fails that step rather than every start-up.
 */
export function steps(): StepHandlers {
  return Object.fromEntries(closingChannelCodes().map((code) => [closeGateId(code), channelCloseGate(code)]))
}

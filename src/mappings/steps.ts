import {StepHandlers} from '../plan/step'
import {validateAllMappings} from './load'
import {msg} from '../i18n'

export const steps: StepHandlers = {
  'prepare.mappings': {
    async run() {
      validateAllMappings()
      return msg().steps.mappingsValid
    },
  },
}

import {StepHandlers} from '../plan/step'
import {validateAllMappings} from './load'

export const steps: StepHandlers = {
  'prepare.mappings': {
    async run() {
      validateAllMappings()
      return 'semua berkas pemetaan valid'
    },
  },
}

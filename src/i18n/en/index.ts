import type {Catalogue} from '../types'
import {channels} from './channels'
import {cli} from './cli'
import {commands} from './commands'
import {walkthrough} from './walkthrough'
import {deskpro} from './deskpro'
import {errors} from './errors'
import {faults} from './faults'
import {files} from './files'
import {handover} from './handover'
import {help} from './help'
import {importChecks} from './importChecks'
import {imports} from './imports'
import {kms} from './kms'
import {ledger} from './ledger'
import {mappingsCmd} from './mappingsCmd'
import {metrics} from './metrics'
import {plan} from './plan'
import {prompts} from './prompts'
import {readers} from './readers'
import {regions} from './regions'
import {review} from './review'
import {rejects} from './rejects'
import {run} from './run'
import {signoff} from './signoff'
import {steps} from './steps'
import {store} from './store'
import {tables} from './tables'
import {tickets} from './tickets'
import {workbookCover} from './workbookCover'

/** The English catalogue: typed as the Indonesian one, so a key missing here fails the build. */
export const en: Catalogue = {
  channels,
  cli,
  commands,
  walkthrough,
  deskpro,
  errors,
  faults,
  files,
  handover,
  help,
  importChecks,
  imports,
  kms,
  ledger,
  mappingsCmd,
  metrics,
  plan,
  prompts,
  readers,
  regions,
  review,
  rejects,
  run,
  signoff,
  steps,
  store,
  tables,
  tickets,
  workbookCover,
}

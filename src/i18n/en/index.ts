import type {Catalogue} from '../types'
import {channels} from './channels'
import {cli} from './cli'
import {deskpro} from './deskpro'
import {handover} from './handover'
import {importChecks} from './importChecks'
import {kms} from './kms'
import {ledger} from './ledger'
import {mappingsCmd} from './mappingsCmd'
import {metrics} from './metrics'
import {plan} from './plan'
import {regions} from './regions'
import {run} from './run'
import {signoff} from './signoff'
import {store} from './store'
import {tickets} from './tickets'

/** The English catalogue: typed as the Indonesian one, so a key missing here fails the build. */
export const en: Catalogue = {
  channels,
  cli,
  deskpro,
  handover,
  importChecks,
  kms,
  ledger,
  mappingsCmd,
  metrics,
  plan,
  regions,
  run,
  signoff,
  store,
  tickets,
}

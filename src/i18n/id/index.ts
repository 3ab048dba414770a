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

/** The Bahasa Indonesia catalogue: one section per area of the tool. Its shape is the catalogue's type. */
export const id = {
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

import {channels} from './channels'
import {cli} from './cli'
import {deskpro} from './deskpro'
import {handover} from './handover'
import {kms} from './kms'
import {metrics} from './metrics'
import {plan} from './plan'
import {run} from './run'
import {signoff} from './signoff'
import {store} from './store'
import {tickets} from './tickets'

/** The Bahasa Indonesia catalogue: one section per area of the tool. Its shape is the catalogue's type. */
export const id = {channels, cli, deskpro, handover, kms, metrics, plan, run, signoff, store, tickets}

import {cli} from './cli'
import {deskpro} from './deskpro'
import {importChecks} from './importChecks'
import {mappingsCmd} from './mappingsCmd'
import {regions} from './regions'

/** The Bahasa Indonesia catalogue: one section per area of the tool. Its shape is the catalogue's type. */
export const id = {cli, deskpro, importChecks, mappingsCmd, regions}

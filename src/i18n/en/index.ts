import type {Catalogue} from '../types'
import {cli} from './cli'
import {deskpro} from './deskpro'
import {importChecks} from './importChecks'
import {mappingsCmd} from './mappingsCmd'
import {regions} from './regions'

/** The English catalogue: typed as the Indonesian one, so a key missing here fails the build. */
export const en: Catalogue = {cli, deskpro, importChecks, mappingsCmd, regions}

import type {Catalogue} from '../types'
import {cli} from './cli'
import {importChecks} from './importChecks'
import {regions} from './regions'

/** The English catalogue: typed as the Indonesian one, so a key missing here fails the build. */
export const en: Catalogue = {cli, importChecks, regions}

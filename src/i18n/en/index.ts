import type {Catalogue} from '../types'
import {cli} from './cli'
import {deskpro} from './deskpro'

/** The English catalogue: typed as the Indonesian one, so a key missing here fails the build. */
export const en: Catalogue = {cli, deskpro}

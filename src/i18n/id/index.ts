import {cli} from './cli'
import {deskpro} from './deskpro'

/** The Bahasa Indonesia catalogue: one section per area of the tool. Its shape is the catalogue's type. */
export const id = {cli, deskpro}

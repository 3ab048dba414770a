import type {id} from './id'

/** Every text a person reads, by section; English must have exactly the keys Bahasa Indonesia has. */
export type Catalogue = typeof id

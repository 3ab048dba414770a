import {join, resolve} from 'node:path'
import {getMeta} from '../store/meta'
import {Store} from '../store/store'
import {DEFAULT_OUT} from '../util/paths'

/**
 * Where an import's rejects CSV goes: `rejects/` in the migration's out folder (CONTRACT §3: next
 * to the run's outputs), named by register and import id. Reading the folder records nothing.
 */
export async function rejectsPathFor(store: Store, register: string): Promise<string> {
  const out = (await getMeta(store.knex, 'out_dir')) ?? resolve(DEFAULT_OUT)
  return join(out, 'rejects', `${register}-import-{id}.csv`)
}

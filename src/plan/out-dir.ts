import {resolve} from 'node:path'
import {Knex} from 'knex'
import {getMeta, setMeta} from '../store/meta'
import {Store} from '../store/store'
import {checkOutDir} from '../util/out-file'
import {DEFAULT_OUT} from '../util/paths'

/** The artifacts folder of this migration: given once, then remembered so a resumed run writes to the same place. */
export async function resolveOutDir(store: Store, given?: string): Promise<string> {
  const recorded = await getMeta(store.knex, 'out_dir')
  const out = given === undefined ? resolve(recorded ?? DEFAULT_OUT) : checkOutDir(given)
  if (out !== recorded) {
    await store.knex.transaction(async (trx) => {
      await setMeta(trx, 'out_dir', out)
      await store.audit('plan.out_dir', {out_dir: out, previous: recorded ?? null}, trx)
    })
  }
  return out
}

/** The artifacts folder as recorded (or the default), read without recording anything: for read-only commands. */
export async function recordedOutDir(knex: Knex): Promise<string> {
  return resolve((await getMeta(knex, 'out_dir')) ?? DEFAULT_OUT)
}

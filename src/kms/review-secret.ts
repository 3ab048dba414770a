import {createHmac, randomBytes} from 'node:crypto'
import {Knex} from 'knex'
import {getMeta} from '../store/meta'
import {stableStringify} from '../util/hash'

/**
 * The key of the tamper hash on the locked cells of the workbooks people fill (review, worklist).
 * A plain hash of the cells can be recomputed by whoever edits them; an HMAC whose key stays in the
 * store cannot. Made once per store, never written into a workbook, output or the audit log.
 */
const SECRET_KEY = 'workbook_hmac_secret'

/** The store's secret, made on first use (inside the writer's transaction when given one). */
export async function workbookSecret(knex: Knex): Promise<{value: string; created: boolean}> {
  const existing = await getMeta(knex, SECRET_KEY)
  if (existing) return {value: existing, created: false}
  const value = randomBytes(32).toString('hex')
  try {
    await knex('meta').insert({key: SECRET_KEY, value})
    return {value, created: true}
  } catch (error) {
    // Made by another writer in between: theirs is the one.
    const made = await getMeta(knex, SECRET_KEY)
    if (made) return {value: made, created: false}
    throw error
  }
}

/** The secret when the store has one; a store that never wrote a workbook has none to check against. */
export async function existingWorkbookSecret(knex: Knex): Promise<string | undefined> {
  return getMeta(knex, SECRET_KEY)
}

/** HMAC-SHA256 of a value's stable form (sorted keys), with the store's secret. */
export function keyedHash(secret: string, value: unknown): string {
  return createHmac('sha256', secret).update(stableStringify(value)).digest('hex')
}

import {Knex} from 'knex'

export async function getMeta(knex: Knex, key: string): Promise<string | undefined> {
  const row = await knex('meta').where({key}).first('value')
  return row?.value ?? undefined
}

export async function setMeta(knex: Knex, key: string, value: string): Promise<void> {
  const exists = await knex('meta').where({key}).first('key')
  if (exists) await knex('meta').where({key}).update({value})
  else await knex('meta').insert({key, value})
}

/** Whether `init` ever ran on this store: it records the cutover, and nothing else does. Reads only. */
export async function isInitialised(knex: Knex): Promise<boolean> {
  if (!(await knex.schema.hasTable('meta'))) return false
  return (await getMeta(knex, 'cutover')) !== undefined
}

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

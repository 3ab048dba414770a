import {createHash} from 'node:crypto'
import {Knex} from 'knex'
import {dialectOf} from '../store/dialect'

/** One month's tickets in archive order: (created_at, ticket_id), the order the manifest names. */
export function monthQuery(knex: Knex, period: string, columns: readonly string[]): Knex.QueryBuilder {
  return knex('tickets')
    .select([...columns])
    .where({period})
    .orderBy([{column: 'created_at'}, {column: 'ticket_id'}])
}

export interface SourceCount {
  period: string
  channel: string
  rows: number
}

/** How many tickets the store holds per month and channel: the "source" side of the manifest. */
export async function sourceCounts(knex: Knex): Promise<SourceCount[]> {
  const rows = await knex('tickets')
    .select('period', 'channel')
    .count({n: '*'})
    .groupBy('period', 'channel')
    .orderBy([{column: 'period'}, {column: 'channel'}])
  return rows.map((r: any) => ({period: String(r.period), channel: String(r.channel), rows: Number(r.n)}))
}

export interface StoreSignature {
  rows: number
  sha256: string
}

/**
 * A fingerprint of the store's tickets (count and a hash over every ticket's key, content hash, channel,
 * month and confidentiality): equal fingerprints mean an archive made then still describes the store.
 */
export async function storeSignature(knex: Knex): Promise<StoreSignature> {
  const hash = createHash('sha256')
  let rows = 0
  const query = knex('tickets').select('ticket_id', 'row_hash', 'channel', 'period', 'confidential').orderBy('ticket_id')
  await dialectOf(knex).forEachRow(knex, query, (r) => {
    rows++
    hash.update(
      `${r.ticket_id}\t${r.row_hash}\t${r.channel}\t${r.period}\t${Number(r.confidential) === 1 || r.confidential === true ? 1 : 0}\n`,
    )
  })
  return {rows, sha256: hash.digest('hex')}
}

import {Knex} from 'knex'
import {allCounters, changedSince, Counters, InputChange} from '../store/changes'

/** A handover draft as built: the workbook people examine and sign, by its SHA-256. */
export interface HandoverDraft {
  id: number
  path: string
  sha256: string
  bytes: number
  /** The counters of everything the draft was built from. */
  inputs: Counters
  created_at: string
  actor: string
}

function toDraft(r: any): HandoverDraft {
  return {...r, id: Number(r.id), bytes: Number(r.bytes), inputs: JSON.parse(r.inputs)}
}

export async function latestDraft(knex: Knex): Promise<HandoverDraft | undefined> {
  const r = await knex('handover_drafts').orderBy('id', 'desc').first()
  return r ? toDraft(r) : undefined
}

export async function getDraft(knex: Knex, id: number): Promise<HandoverDraft | undefined> {
  const r = await knex('handover_drafts').where({id}).first()
  return r ? toDraft(r) : undefined
}

/** The latest draft and what changed since it was built: a draft with changes is stale and no sign-off on it counts. */
export async function draftState(knex: Knex): Promise<{draft?: HandoverDraft; changed: InputChange[]}> {
  const draft = await latestDraft(knex)
  return {draft, changed: draft ? changedSince(draft.inputs, await allCounters(knex)) : []}
}

/** Record a draft just written, audited in the same transaction. */
export async function insertDraft(trx: Knex.Transaction, draft: Omit<HandoverDraft, 'id'>): Promise<number> {
  const [id] = await trx('handover_drafts').insert({...draft, inputs: JSON.stringify(draft.inputs)})
  return Number(id)
}

import {createReadStream} from 'node:fs'
import {parse} from 'csv-parse'
import {appendAudit} from '../audit/chain'
import {Store} from '../store/store'
import {WaitingError} from '../errors'
import {checkStep} from './check'
import {getChannel} from './state'

export interface ChecklistRow {
  channel: string
  step: string
  status: string
  evidence: string
  note: string
  actor: string
}

/** A recorded checklist: csv with channel, step, status, evidence, note and actor columns. */
export async function readChecklistCsv(file: string): Promise<ChecklistRow[]> {
  const rows: ChecklistRow[] = []
  for await (const r of createReadStream(file).pipe(parse({columns: true, trim: true, skip_empty_lines: true})))
    rows.push(r as ChecklistRow)
  return rows
}

/** The same store acting as someone else, so a recorded checklist keeps the person who did each step. */
export function asActor(store: Store, actor: string): Store {
  if (!actor || actor === store.actor) return store
  const ctx = {actor, command: store.command}
  return {...store, actor, audit: (action, details, trx, added) => appendAudit(trx ?? store.knex, ctx, action, details, added)}
}

/**
 * Apply recorded checklist rows of one channel, in file order, through `channels check`'s own
 * function. Steps already done are left alone, so a replay resumed after a stop carries on; a step that
 * must wait (the archive not yet verified) ends the replay there and the gate keeps waiting.
 */
export async function applyChecklistRows(store: Store, rows: ChecklistRow[], channel: string): Promise<number> {
  let n = 0
  for (const r of rows.filter((x) => x.channel === channel)) {
    const now = (await getChannel(store.knex, channel)).steps.find((s) => s.step === r.step)
    if (now?.status === 'done') continue
    try {
      await checkStep(asActor(store, r.actor), {
        channel: r.channel,
        step: r.step,
        status: r.status,
        evidence: r.evidence || undefined,
        note: r.note || undefined,
      })
    } catch (error) {
      if (error instanceof WaitingError) break
      throw error
    }
    n++
  }
  return n
}

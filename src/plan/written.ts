import {dirname} from 'node:path'
import {Knex} from 'knex'

/** The newest artifact record: files recorded after it were written by what runs next. */
export async function lastArtifactId(knex: Knex): Promise<number> {
  const [{id}] = await knex('artifacts').max({id: 'id'})
  return Number(id ?? 0)
}

/**
 * The files recorded as artifacts after `afterId`, in the order they were written; the monthly files
 * of a ticket archive are named once, as their folder with a count.
 */
export async function writtenSince(knex: Knex, afterId: number): Promise<{path: string; files: number}[]> {
  const rows: {kind: string; path: string}[] = await knex('artifacts').where('id', '>', afterId).orderBy('id').select('kind', 'path')
  const out: {path: string; files: number}[] = []
  for (const r of rows) {
    const path = r.kind === 'tickets.archive' ? `${dirname(r.path)}/` : r.path
    const seen = out.find((o) => o.path === path)
    if (seen) seen.files++
    else out.push({path, files: 1})
  }
  return out
}

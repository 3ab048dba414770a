import {existsSync} from 'node:fs'
import {join} from 'node:path'
import {Knex} from 'knex'
import {changeCounters} from '../store/changes'
import {fileDigest} from '../util/hash'
import {MANIFEST} from './manifest'
import {latestRun} from './runs'

/**
 * True when the latest ticket archive was verified (`tickets verify` or the plan's tickets.verify), the
 * tickets have not changed since (their change counter, which every import that changes a ticket moves,
 * stands where the verification saw it) and the archive's manifest is the one verified. Reads no ticket.
 */
export async function isArchiveVerified(knex: Knex): Promise<boolean> {
  const run = await latestRun(knex)
  if (!run || run.status !== 'complete' || !run.verified_at || run.verified_tickets_change === null) return false
  if (Number(run.verified_tickets_change) !== (await changeCounters(knex, ['tickets'])).tickets) return false
  const manifest = join(run.out_dir, MANIFEST)
  return existsSync(manifest) && (await fileDigest(manifest)).sha256 === run.manifest_sha256
}

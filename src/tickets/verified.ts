import {existsSync} from 'node:fs'
import {join} from 'node:path'
import {Knex} from 'knex'
import {fileDigest} from '../util/hash'
import {MANIFEST} from './manifest'
import {storeSignature} from './read'
import {latestRun} from './runs'

/**
 * True when the latest ticket archive was verified (`tickets verify` or the plan's tickets.verify) and
 * neither the store's tickets nor the archive's manifest changed since. Reads the whole tickets table once.
 */
export async function isArchiveVerified(knex: Knex): Promise<boolean> {
  const run = await latestRun(knex)
  if (!run || run.status !== 'complete' || !run.verified_at || !run.verified_signature) return false
  const manifest = join(run.out_dir, MANIFEST)
  if (!existsSync(manifest) || (await fileDigest(manifest)).sha256 !== run.manifest_sha256) return false
  return (await storeSignature(knex)).sha256 === run.verified_signature
}

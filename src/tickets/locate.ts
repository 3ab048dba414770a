import {existsSync} from 'node:fs'
import {join, resolve} from 'node:path'
import {Knex} from 'knex'
import {InputError} from '../errors'
import {msg} from '../i18n'
import {MANIFEST} from './manifest'
import {latestRun, latestRunIn} from './runs'

/** The plan keeps its archive in this folder of the migration's output folder. */
export const ARCHIVE_FOLDER = 'archive'

/**
 * The archive folder `tickets verify DIR` means: DIR itself when it holds a manifest (or an export
 * wrote there), else DIR/archive, the plan's archive inside the output folder. A folder with neither
 * is bad usage (exit 2) saying where this store's archives are; only a real mismatch is exit 4.
 */
export async function locateArchive(knex: Knex, dir: string): Promise<string> {
  const given = resolve(dir)
  const nested = join(given, ARCHIVE_FOLDER)
  for (const candidate of [given, nested]) if (existsSync(join(candidate, MANIFEST))) return candidate
  // A folder an export wrote to whose manifest is gone is a broken archive, for verification to report.
  for (const candidate of [given, nested]) if (await latestRunIn(knex, candidate)) return candidate
  const known = await latestRun(knex)
  const m = msg().tickets
  throw new InputError(m.noArchive({dir: given}), known ? m.noArchiveKnown({dir: known.out_dir}) : m.noArchiveNone)
}

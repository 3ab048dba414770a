import {Knex} from 'knex'

export const ARCHIVE_FIX = 'export and verify the ticket archive with `prime-migrate run tickets`'

/** Whether the ticket archive is exported and verified; a build without that capability says no. */
export async function archiveVerified(knex: Knex): Promise<boolean> {
  let mod: {isArchiveVerified(knex: Knex): Promise<boolean>}
  try {
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    mod = require('../tickets/verified')
  } catch (error) {
    const e = error as NodeJS.ErrnoException
    if (e.code === 'MODULE_NOT_FOUND' && /tickets[\\/]verified/.test(e.message)) return false
    throw error
  }
  return Boolean(await mod.isArchiveVerified(knex))
}

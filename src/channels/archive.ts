import {Knex} from 'knex'
import {isArchiveVerified} from '../tickets/verified'

export const ARCHIVE_FIX = 'export and verify the ticket archive with `prime-migrate run tickets`'

/** Whether the ticket archive is exported, verified, and still describes the store. */
export async function archiveVerified(knex: Knex): Promise<boolean> {
  return isArchiveVerified(knex)
}

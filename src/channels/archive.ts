import {Knex} from 'knex'
import {isArchiveVerified} from '../tickets/verified'
import {msg} from '../i18n'

export const archiveFix = () => msg().channels.archiveFix

/** Whether the ticket archive is exported, verified, and still describes the store. */
export async function archiveVerified(knex: Knex): Promise<boolean> {
  return isArchiveVerified(knex)
}

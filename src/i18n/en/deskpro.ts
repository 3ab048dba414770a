import type {Catalogue} from '../types'

export const deskpro: Catalogue['deskpro'] = {
  era: (p) =>
    ({
      v4: 'Deskpro database recognised as DeskPRO 4 (it has column tickets.date_closed)',
      v5: 'Deskpro database recognised as Deskpro 5 (it has column tickets.date_archived and no table ticket_statuses)',
      '2019+': 'Deskpro database recognised as Deskpro 2019+ (it has table ticket_statuses)',
      contract:
        'Deskpro database recognised as the simplified schema of CONTRACT §3.3 (no tickets.date_closed, tickets.date_archived or ticket_statuses)',
    })[p.era],
  excludedBy: (p) => `Hidden tickets not imported, by sub-status: ${p.parts.map((x) => `${x.subStatus} ${x.count}`).join(', ')}`,
  unknownSubStatus:
    'the sub-status of hidden tickets cannot be read (table tickets has no foreign key to ticket_statuses); those tickets are counted as "unknown"',
  multipleOptions: (p) =>
    `custom field "${p.field}" holds several options that mean different things (${p.options.join(', ')}); leave one option on the ticket in Deskpro`,
  unresolvedEmails: (p) =>
    `${p.count} tickets without requester_email: the requester has several e-mail addresses and this database does not record which one the ticket used (${p.refs.join(', ')}${p.count > p.refs.length ? ', …' : ''})`,
  missingTables: (p) => `the Deskpro database ${p.url} has no table ${p.tables.join(', ')}`,
  missingTablesFix: 'check the database name in the URL; a user with SELECT on the Deskpro database is enough',
}

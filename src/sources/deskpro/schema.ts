import {Knex} from 'knex'

/** The Deskpro generations the reader knows, and the simplified schema of CONTRACT §3.3. */
export type DeskproEra = 'v4' | 'v5' | '2019+' | 'contract'

/** What information_schema says about this Deskpro database: its era and which optional columns it has. */
export interface DeskproSchema {
  era: DeskproEra
  has(table: string, column?: string): boolean
  /**
   * 2019+: the tickets column declared as a foreign key to ticket_statuses.id. Found, never assumed:
   * no public source names it, and two such columns would be a guess, so then it stays undefined.
   */
  statusLink?: string
}

/** Tables every era has and the reader needs. */
export const REQUIRED_TABLES = [
  'tickets',
  'tickets_messages',
  'tickets_logs',
  'people',
  'people_emails',
  'organizations',
  'ticket_categories',
  'agent_teams',
  'agent_team_members',
  'custom_def_ticket',
  'custom_data_ticket',
] as const

/**
 * Read the schema of the connected database. The era is told apart by what each generation added:
 * table ticket_statuses (2019+), tickets.date_archived (5, where `archived` replaced `closed`),
 * tickets.date_closed (4); a database with none of them is the contract's simplified schema.
 */
export async function readSchema(db: Knex): Promise<DeskproSchema & {missing: string[]}> {
  const rows: {t: string; c: string}[] = await db('information_schema.COLUMNS')
    .select({t: 'TABLE_NAME', c: 'COLUMN_NAME'})
    .whereRaw('TABLE_SCHEMA = DATABASE()')
  const columns = new Map<string, Set<string>>()
  for (const r of rows) {
    const table = r.t.toLowerCase()
    columns.set(table, (columns.get(table) ?? new Set()).add(r.c.toLowerCase()))
  }
  const has = (table: string, column?: string) => {
    const t = columns.get(table)
    return t !== undefined && (column === undefined || t.has(column))
  }
  const era: DeskproEra = has('ticket_statuses')
    ? '2019+'
    : has('tickets', 'date_archived')
      ? 'v5'
      : has('tickets', 'date_closed')
        ? 'v4'
        : 'contract'
  let statusLink: string | undefined
  if (era === '2019+') {
    const links: {c: string}[] = await db('information_schema.KEY_COLUMN_USAGE')
      .select({c: 'COLUMN_NAME'})
      .whereRaw('TABLE_SCHEMA = DATABASE()')
      .andWhere({TABLE_NAME: 'tickets', REFERENCED_TABLE_NAME: 'ticket_statuses', REFERENCED_COLUMN_NAME: 'id'})
    if (links.length === 1) statusLink = links[0].c
  }
  return {era, has, statusLink, missing: REQUIRED_TABLES.filter((t) => !has(t))}
}

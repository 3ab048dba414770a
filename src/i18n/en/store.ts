import type {Catalogue} from '../types'

export const store: Catalogue['store'] = {
  notInitialised: (p) => `the state store ${p.store} was never initialised; run \`prime-migrate init\` first`,
  notInitialisedFix: 'prime-migrate init [--cutover YYYY-MM-DD] (with the same --db); only init creates a store',
  outdated: (p) => `the schema of the state store ${p.store} is older than this prime-migrate`,
  outdatedFix: 'run `prime-migrate init` to upgrade it (read commands never change the store)',
  initialised: (p) =>
    [
      `Store ${p.store} ${p.store_created ? 'created' : p.migrations_applied ? `upgraded (${p.migrations_applied} schema migrations)` : 'already there'}.`,
      p.previous_cutover && p.previous_cutover !== p.cutover
        ? `Cutover changed: ${p.previous_cutover} → ${p.cutover}.`
        : `Cutover: ${p.cutover}.`,
      p.steps_created ? `${p.steps_created} plan steps created.` : '',
    ]
      .filter(Boolean)
      .join(' '),
  badUrl: (p) => `--db ${p.url} is not a valid URL`,
  badUrlFix: 'use mysql://user:password@host:3306/database',
  noDatabase: (p) => `--db ${p.url} names no database`,
  noDatabaseFix: 'add the database name: mysql://user@host:3306/DATABASE',
  newer: (p) => `the state store ${p.store} was upgraded by a newer prime-migrate: ${p.why}`,
  cannotOpen: (p) => `cannot open the state store ${p.store}: ${p.why}`,
  openHint: {
    mysql: 'check that the MySQL/MariaDB server is running and the URL, user and database are right',
    sqlite: 'check that the folder is writable',
  },
}

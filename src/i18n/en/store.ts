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
}

import {Knex} from 'knex'
import {getMeta, setMeta} from '../store/meta'
import {Store} from '../store/store'

/** Meta key naming a csv of published figures the plan's metrics workbook reconciles against. */
const PUBLISHED_FIGURES_META = 'published_figures'

export async function publishedFiguresFile(knex: Knex): Promise<string | undefined> {
  return getMeta(knex, PUBLISHED_FIGURES_META)
}

/** Name the published-figures csv that the plan step `handover.metrics` reconciles against; audited. */
export async function setPublishedFiguresFile(store: Store, file: string): Promise<void> {
  await store.knex.transaction(async (trx) => {
    await setMeta(trx, PUBLISHED_FIGURES_META, file)
    await store.audit('metrics.published_figures', {file}, trx)
  })
}

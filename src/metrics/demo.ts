import {existsSync} from 'node:fs'
import {join} from 'node:path'
import {DEMO_LOADS} from '../demo/demo'
import {setMeta} from '../store/meta'
import {PUBLISHED_FIGURES_META} from './step'

// The demo reconciles its metrics workbook against the figures DJPK published (fixtures/published/figures.csv).
DEMO_LOADS.push({
  title: 'Angka terpublikasi untuk rekonsiliasi metrik',
  async run(store, fixtures) {
    const file = join(fixtures, 'published', 'figures.csv')
    if (!existsSync(file)) return 'tidak ada fixtures/published/figures.csv; metrik tanpa rekonsiliasi'
    await store.knex.transaction(async (trx) => {
      await setMeta(trx, PUBLISHED_FIGURES_META, file)
      await store.audit('metrics.published_configured', {file}, trx)
    })
    return file
  },
})

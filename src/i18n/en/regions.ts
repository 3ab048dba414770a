import {formatNumber} from '../format'
import type {Catalogue} from '../types'

export const regions: Catalogue['regions'] = {
  importLine: (p) => `unresolved region: ${formatNumber(p.unresolved, 'en')} rows; no region: ${formatNumber(p.empty, 'en')} rows`,
  importHint: 'the worklist: prime-migrate mappings unresolved --out regions.xlsx',
  status: {
    resolved: 'recognised',
    empty: 'no region',
    unrecognised: 'not recognised',
    ambiguous: 'ambiguous (several provinces)',
    not_a_region: 'not a region (decided)',
  },
}

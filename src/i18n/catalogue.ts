import {currentLang, Lang} from './lang'
import type {Catalogue} from './types'

// Each catalogue is some 30 modules: a run loads the one it speaks (and the other only if asked for it),
// which `status` and the other quick commands feel at start-up.
/* eslint-disable @typescript-eslint/no-require-imports -- loaded on first use, as said above */
const LOADERS: Record<Lang, () => Catalogue> = {
  id: () => (require('./id') as typeof import('./id')).id,
  en: () => (require('./en') as typeof import('./en')).en,
}
/* eslint-enable @typescript-eslint/no-require-imports */
const loaded: Partial<Record<Lang, Catalogue>> = {}

/** The catalogue of the run's language (or of `lang`): `msg().cli.error`, `msg().imports.summary({...})`. */
export function msg(lang: Lang = currentLang()): Catalogue {
  return (loaded[lang] ??= LOADERS[lang]())
}

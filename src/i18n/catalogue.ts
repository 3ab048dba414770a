import {en} from './en'
import {id} from './id'
import {currentLang, Lang} from './lang'
import type {Catalogue} from './types'

const CATALOGUES: Record<Lang, Catalogue> = {id, en}

/** The catalogue of the run's language (or of `lang`): `msg().cli.error`, `msg().imports.summary({...})`. */
export function msg(lang: Lang = currentLang()): Catalogue {
  return CATALOGUES[lang]
}

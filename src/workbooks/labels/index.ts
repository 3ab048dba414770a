import {en} from './en'
import {id, Labels} from './id'

import type {Lang} from '../../i18n'

export type {Lang}

/** The label dictionary of a language; Bahasa Indonesia unless asked otherwise. */
export function labelsFor(lang: Lang = 'id'): Labels {
  return lang === 'en' ? en : id
}

export type {Labels}

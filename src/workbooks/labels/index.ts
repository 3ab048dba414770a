import {en} from './en'
import {id, Labels} from './id'

export type Lang = 'id' | 'en'
export const LANGS: Lang[] = ['id', 'en']

/** The label dictionary of a language; Bahasa Indonesia unless asked otherwise. */
export function labelsFor(lang: Lang = 'id'): Labels {
  return lang === 'en' ? en : id
}

export type {Labels}

import {currentLang, Lang} from './lang'

/**
 * A text that comes from data (a mapping or the plan's definition) rather than from the catalogue:
 * it carries both languages, so a run shows the one it was asked for and the compiler finds every use.
 */
export type Bilingual = Readonly<Record<Lang, string>>

/** The text of a bilingual label in the run's language (or in `lang`). */
export function inLang(text: Bilingual, lang: Lang = currentLang()): string {
  return text[lang]
}

/** The same text in both languages: a name, which reads the same in each. */
export const both = (text: string): Bilingual => ({id: text, en: text})

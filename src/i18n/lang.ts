/** The languages people can read prime-migrate in: Bahasa Indonesia by default, English on request. */
export const LANGS = ['id', 'en'] as const
export type Lang = (typeof LANGS)[number]
export const DEFAULT_LANG: Lang = 'id'

// One language per process: a command sets it once from --lang / PRIME_MIGRATE_LANG before it does
// anything, so every message, reject reason and workbook label of that run reads in one language.
let current: Lang = DEFAULT_LANG

export function isLang(value: string | undefined): value is Lang {
  return (LANGS as readonly string[]).includes(value ?? '')
}

export function setLang(lang: Lang): void {
  current = lang
}

export function currentLang(): Lang {
  return current
}

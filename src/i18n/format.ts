import {currentLang, Lang} from './lang'

// Intl locales whose conventions match what the readers expect: id-ID writes 2.396 and 12,5%;
// en-GB writes day-month-year dates ("1 February 2025") and en-US-style numbers.
const LOCALE: Record<Lang, string> = {id: 'id-ID', en: 'en-GB'}
const ZONE = 'Asia/Jakarta'

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>()
function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let f = cache.get(key)
  if (!f) cache.set(key, (f = make()))
  return f as T
}

/** 2.396 (id) or 2,396 (en). */
export function formatNumber(n: number, lang: Lang = currentLang(), maxFractionDigits = 2): string {
  return cached(
    `n:${lang}:${maxFractionDigits}`,
    () => new Intl.NumberFormat(LOCALE[lang], {maximumFractionDigits: maxFractionDigits}),
  ).format(n)
}

/** A ratio as a percentage: 0.125 → 12,5% (id) or 12.5% (en). */
export function formatPercent(ratio: number, lang: Lang = currentLang(), maxFractionDigits = 1): string {
  return cached(
    `p:${lang}:${maxFractionDigits}`,
    () => new Intl.NumberFormat(LOCALE[lang], {style: 'percent', maximumFractionDigits: maxFractionDigits}),
  ).format(ratio)
}

/** A calendar date (YYYY-MM-DD, or an instant read in Jakarta time): 1 Februari 2025 / 1 February 2025. */
export function formatDate(value: string | Date, lang: Lang = currentLang()): string {
  const d = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00+07:00`) : new Date(value)
  return cached(
    `d:${lang}`,
    () => new Intl.DateTimeFormat(LOCALE[lang], {day: 'numeric', month: 'long', year: 'numeric', timeZone: ZONE}),
  ).format(d)
}

/** An instant as people read it: Jakarta time with the zone named, e.g. 1 Februari 2025 14.05 WIB. */
export function formatDateTime(value: string | Date, lang: Lang = currentLang()): string {
  const d = new Date(value)
  const time = cached(
    `t:${lang}`,
    () => new Intl.DateTimeFormat(LOCALE[lang], {hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: ZONE}),
  ).format(d)
  return `${formatDate(d, lang)} ${time} WIB`
}

/** A month period (YYYY-MM): Februari 2025 / February 2025. */
export function formatPeriod(period: string, lang: Lang = currentLang()): string {
  const d = new Date(`${period}-15T12:00:00+07:00`)
  return cached(`m:${lang}`, () => new Intl.DateTimeFormat(LOCALE[lang], {month: 'long', year: 'numeric', timeZone: ZONE})).format(d)
}

/**
 * Text as words: upper case, accents and punctuation dropped, so `Kab.`, `KAB` and `kab` are one
 * word and `Toli-Toli`, `Toli Toli` and `Tolitoli` fold to one key. Registers are typed by hand, so
 * names (regions, topics) are compared this way rather than as written.
 */
export function words(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean)
}

/** The key names are compared by: letters and digits only, so case, spaces, hyphens and dots never matter. */
export function fold(text: string | string[]): string {
  return (Array.isArray(text) ? text : words(text)).join('')
}

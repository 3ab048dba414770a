/**
 * Region text as words: upper case, accents and punctuation dropped, so `Kab.`, `KAB` and `kab` are one
 * word and `Toli-Toli`, `Toli Toli` and `Tolitoli` fold to one key.
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

/** The key names are compared by: letters and digits only, so spaces, hyphens and dots never matter. */
export function fold(text: string | string[]): string {
  return (Array.isArray(text) ? text : words(text)).join('')
}

/** Whether `list` starts with the words of `phrase`. */
export function startsWith(list: string[], phrase: string[]): boolean {
  return phrase.length > 0 && phrase.length <= list.length && phrase.every((w, i) => list[i] === w)
}

/** The first of `phrases` (longest first) that `list` starts with. */
export function leading<T extends {words: string[]}>(list: string[], phrases: T[]): T | undefined {
  return phrases.find((p) => startsWith(list, p.words))
}

/**
 * A province written after the place: `Kab. Sleman (DIY)`, `Kota Banjar, Jawa Barat`. Returns the
 * text without it and the hint, which is only a hint: the caller checks it names a province.
 */
export function splitHint(text: string): {rest: string; hint?: string; by?: 'parenthesis' | 'comma'} {
  const paren = /^(.*?)\s*\(([^()]*)\)\s*$/.exec(text)
  if (paren && paren[1].trim()) return {rest: paren[1], hint: paren[2], by: 'parenthesis'}
  const comma = text.lastIndexOf(',')
  if (comma > 0 && text.slice(comma + 1).trim()) return {rest: text.slice(0, comma), hint: text.slice(comma + 1), by: 'comma'}
  return {rest: text}
}

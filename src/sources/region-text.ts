// Region text read as words (util/fold): the phrases it starts with and a province hint written after the place.

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

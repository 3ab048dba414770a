import {msg} from '../i18n'
import {loadMapping} from './load'
import {fold} from '../util/fold'
import {topicNames} from './topic-names'

/**
 * What a register's topic text comes to: the code of topics.yaml it names, or no code and the codes
 * it could equally mean (none: it names no topic; two or more: ambiguous, never guessed).
 */
export type TopicMatch = {code: string; candidates?: undefined} | {code: null; candidates: string[]}

export type TopicResolver = (text: string) => TopicMatch

let built: {mapping: object; resolve: TopicResolver} | undefined
/** Distinct spellings remembered per resolver. */
const SPELLINGS_KEPT = 4096

/**
 * The resolver of the topics.yaml in use: the exact code, else the text folded (case, spaces,
 * punctuation and hyphens ignored) against each topic's code, aliases and label. Rebuilt when the
 * mapping is reloaded; an import holds one for all its rows.
 */
export function topicResolver(): TopicResolver {
  const mapping = loadMapping('topics')
  if (built?.mapping === mapping) return built.resolve
  const codes = new Set(Object.keys(mapping.topics))
  const byKey = new Map<string, string[]>()
  for (const n of topicNames(mapping.topics)) {
    const seen = byKey.get(n.key) ?? []
    if (!seen.includes(n.topic)) byKey.set(n.key, [...seen, n.topic])
  }
  // A register repeats a handful of spellings over a million rows: each is folded once, not once per row
  // (folding cost about 0.9 s per million rows in the import's worker thread). Capped, so a file of
  // distinct junk cannot grow it.
  const seen = new Map<string, TopicMatch>()
  const resolve: TopicResolver = (text) => {
    if (codes.has(text)) return {code: text}
    let match = seen.get(text)
    if (!match) {
      const found = byKey.get(fold(text)) ?? []
      match = found.length === 1 ? {code: found[0]} : {code: null, candidates: found}
      if (seen.size < SPELLINGS_KEPT) seen.set(text, match)
    }
    return match
  }
  built = {mapping, resolve}
  return resolve
}

/** The topic a text names, against the topics.yaml in use. */
export function resolveTopic(text: string): TopicMatch {
  return topicResolver()(text)
}

/** Why a register's topic text is refused (its rejects reason): it names no topic, or several. */
export function topicRejection(text: string, match: TopicMatch): string {
  return match.candidates?.length
    ? msg().rejects.ambiguousTopic({value: text, codes: match.candidates})
    : msg().rejects.notTopic({value: text})
}

import {fold} from '../util/fold'

/** A code or alias is a name people chose for the topic; a label only describes it. */
export type TopicNameKind = 'code' | 'alias' | 'label'

/** One way topics.yaml lets a register write a topic. */
export interface TopicName {
  topic: string
  kind: TopicNameKind
  name: string
  /** The name folded (util/fold): what a register's text is compared by. */
  key: string
  /** Where the name is under `topics`, for a mapping error. */
  path: (string | number)[]
}

/** Every name of every topic, in the file's order; a name with no letter or digit folds to nothing and matches nothing. */
export function topicNames(topics: Record<string, {label: string; aliases?: string[]}>): TopicName[] {
  return Object.entries(topics).flatMap(([topic, t]) =>
    [
      {topic, kind: 'code' as const, name: topic, path: [topic]},
      {topic, kind: 'label' as const, name: t.label, path: [topic, 'label']},
      ...(t.aliases ?? []).map((name, i) => ({topic, kind: 'alias' as const, name, path: [topic, 'aliases', i]})),
    ]
      .map((n) => ({...n, key: fold(n.name)}))
      .filter((n) => n.key),
  )
}

/**
 * Names of two topics that fold to one key where one is a code or alias: a register's text could
 * then mean either, so the mapping is refused rather than a topic guessed. Two labels alike are let
 * through: labels are descriptions, and a text matching only them is rejected as ambiguous instead.
 * Codes thus always resolve to themselves, however a register spells them.
 */
export function topicNameClashes(names: TopicName[]): {name: TopicName; other: TopicName}[] {
  const byKey = new Map<string, TopicName[]>()
  const clashes: {name: TopicName; other: TopicName}[] = []
  for (const name of names) {
    const seen = byKey.get(name.key) ?? []
    const other = seen.find((o) => o.topic !== name.topic && (o.kind !== 'label' || name.kind !== 'label'))
    if (other) clashes.push({name, other})
    byKey.set(name.key, [...seen, name])
  }
  return clashes
}

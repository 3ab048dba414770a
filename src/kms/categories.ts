import {msg} from '../i18n'
import {loadMapping} from '../mappings/load'
import {resolveTopic} from '../mappings/topic-codes'

/** Where an article's topic files in the KMS, from `mappings/topics.yaml`. */
export interface TopicCategory {
  /** The topic as the mapping spells it, or the article's own spelling when the mapping lacks it. */
  topic: string
  label: string | null
  category: string | null
  /** Why there is no category: the topic is not knowledge, or the mapping does not know it. */
  unmappedReason?: string
}

export const CATEGORY_SEPARATOR = '/'

/** The KMS category of an article's topic, the topic written as a register may (mappings/topic-codes). */
export function topicCategory(topic: string): TopicCategory {
  const match = resolveTopic(topic)
  if (match.code === null) {
    const why = match.candidates.length ? msg().kms.topicAmbiguous({topic, codes: match.candidates}) : msg().kms.topicUnknown({topic})
    return {topic, label: null, category: null, unmappedReason: why}
  }
  const key = match.code
  const entry = loadMapping('topics').topics[key]
  if (entry.kms_category === null)
    return {
      topic: key,
      label: entry.label,
      category: null,
      unmappedReason: msg().kms.topicNotKnowledge({topic: key}),
    }
  return {topic: key, label: entry.label, category: entry.kms_category}
}

/** Every category path of the mapping and each of its ancestors, sorted: what an SME may choose. */
export function knownCategories(): string[] {
  const {topics} = loadMapping('topics')
  const all = new Set<string>()
  for (const t of Object.values(topics)) {
    if (!t.kms_category) continue
    const parts = splitCategory(t.kms_category)
    for (let i = 1; i <= parts.length; i++) all.add(parts.slice(0, i).join(CATEGORY_SEPARATOR))
  }
  return [...all].sort(byText)
}

/** A category the SME typed, as the known path it names (spaces and case forgiven), or undefined. */
export function resolveCategory(text: string): string | undefined {
  const wanted = splitCategory(text).join(CATEGORY_SEPARATOR).toLowerCase()
  return knownCategories().find((c) => c.toLowerCase() === wanted)
}

export function splitCategory(path: string): string[] {
  return path
    .split(CATEGORY_SEPARATOR)
    .map((p) => p.trim())
    .filter(Boolean)
}

export interface CategoryNode {
  name: string
  path: string
  /** Approved articles filed directly under this node. */
  articles: number
  /** Approved articles under this node and all its descendants. */
  total_articles: number
  topics: string[]
  children: CategoryNode[]
}

/** The category tree of the mapping, with how many exported articles sit at and under each node. */
export function categoryTree(articleCategories: string[]): CategoryNode[] {
  const {topics} = loadMapping('topics')
  const roots: CategoryNode[] = []
  const index = new Map<string, CategoryNode>()
  const node = (path: string): CategoryNode => {
    const hit = index.get(path)
    if (hit) return hit
    const parts = splitCategory(path)
    const created: CategoryNode = {name: parts[parts.length - 1], path, articles: 0, total_articles: 0, topics: [], children: []}
    index.set(path, created)
    if (parts.length === 1) roots.push(created)
    else node(parts.slice(0, -1).join(CATEGORY_SEPARATOR)).children.push(created)
    return created
  }
  for (const c of knownCategories()) node(c)
  for (const [code, t] of Object.entries(topics))
    if (t.kms_category) node(splitCategory(t.kms_category).join(CATEGORY_SEPARATOR)).topics.push(code)
  for (const c of articleCategories) {
    const parts = splitCategory(c)
    node(parts.join(CATEGORY_SEPARATOR)).articles++
    for (let i = 1; i <= parts.length; i++) node(parts.slice(0, i).join(CATEGORY_SEPARATOR)).total_articles++
  }
  const sort = (nodes: CategoryNode[]): CategoryNode[] => {
    nodes.sort((a, b) => byText(a.name, b.name))
    for (const n of nodes) {
      n.topics.sort(byText)
      sort(n.children)
    }
    return nodes
  }
  return sort(roots)
}

/** Locale-independent ordering, so output does not depend on the machine it runs on. */
export function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

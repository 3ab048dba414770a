import {Knex} from 'knex'
import {formatDateTime, msg} from '../i18n'
import {Article, loadArticles, stableId} from './articles'
import {topicCategory, TopicCategory} from './categories'
import {latestReviews, Review} from './reviews'

/**
 * Where an article stands in the SME review: approve and exclude are final; revise, undecided and
 * stale (changed since its decision) keep the review open.
 */
export type ReviewState = 'approve' | 'exclude' | 'revise' | 'undecided' | 'stale'

export interface ArticleReview {
  article: Article
  id: string
  mapping: TopicCategory
  review?: Review
  state: ReviewState
  /** The category it files under: the SME's override, else the topic's. */
  category: string | null
  /** Why it is not (yet) in the package; empty for approved ones. */
  reason: string
}

export interface ReviewSummary {
  articles: number
  approve: number
  exclude: number
  revise: number
  undecided: number
  stale: number
  /** Articles still needing a final decision: revise + undecided + stale. */
  pending: number
}

function stateOf(
  article: Article,
  mapping: TopicCategory,
  review: Review | undefined,
): Pick<ArticleReview, 'state' | 'category' | 'reason'> {
  const m = msg().kms
  if (!review) return {state: 'undecided', category: mapping.category, reason: m.noDecision}
  const category = review.category_override ?? mapping.category
  if (review.content_hash !== article.content_hash) {
    return {
      state: 'stale',
      category,
      reason: m.changedSinceDecision({
        decision: m.decisionWord[review.decision] ?? review.decision,
        reviewer: review.reviewer,
        at: formatDateTime(review.reviewed_at),
      }),
    }
  }
  const by = `${review.reviewer}, ${formatDateTime(review.reviewed_at)}${review.comment ? `: ${review.comment}` : ''}`
  if (review.decision === 'exclude') return {state: 'exclude', category, reason: m.excludedBy({by})}
  if (review.decision === 'revise') return {state: 'revise', category, reason: m.reviseBy({by})}
  // The mapping may have lost the topic's category after approval: it cannot be filed then.
  if (!category) return {state: 'undecided', category, reason: m.approvedNoCategory({why: mapping.unmappedReason ?? m.emptyCategory})}
  return {state: 'approve', category, reason: ''}
}

/** Every article with its latest decision and what that means for the package. */
export async function reviewStates(knex: Knex): Promise<ArticleReview[]> {
  const [articles, reviews] = await Promise.all([loadArticles(knex), latestReviews(knex)])
  return articles.map((article) => {
    const mapping = topicCategory(article.topic)
    const review = reviews.get(article.no)
    return {article, id: stableId(article.no), mapping, review, ...stateOf(article, mapping, review)}
  })
}

export function summarise(states: ArticleReview[]): ReviewSummary {
  const count = (s: ReviewState) => states.filter((a) => a.state === s).length
  const summary = {
    articles: states.length,
    approve: count('approve'),
    exclude: count('exclude'),
    revise: count('revise'),
    undecided: count('undecided'),
    stale: count('stale'),
  }
  return {...summary, pending: summary.revise + summary.undecided + summary.stale}
}

/** Topics of the FAQ with no KMS category, with how many articles each has. */
export function unmappedTopics(states: ArticleReview[]): {topic: string; articles: number; reason: string}[] {
  const byTopic = new Map<string, {topic: string; articles: number; reason: string}>()
  for (const s of states) {
    if (s.mapping.category) continue
    const hit = byTopic.get(s.mapping.topic) ?? {topic: s.mapping.topic, articles: 0, reason: s.mapping.unmappedReason ?? ''}
    hit.articles++
    byTopic.set(s.mapping.topic, hit)
  }
  return [...byTopic.values()].sort((a, b) => (a.topic < b.topic ? -1 : a.topic > b.topic ? 1 : 0))
}

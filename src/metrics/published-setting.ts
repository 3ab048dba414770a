import {resolve} from 'node:path'
import {Knex} from 'knex'
import {recordArtifact} from '../audit/artifacts'
import {InputError} from '../errors'
import {msg} from '../i18n'
import {bumpChange} from '../store/changes'
import {getMeta, setMeta} from '../store/meta'
import {Store} from '../store/store'
import {nowIso} from '../util/time'
import {readPublished} from './published'

/** Meta key naming a csv of published figures the plan's metrics workbook reconciles against. */
const PUBLISHED_FIGURES_META = 'published_figures'
/** Meta key of the recorded decision to build the metrics workbook without published figures. */
const NO_PUBLISHED_FIGURES_META = 'decision.no_published_figures'

/** Settings a person may set with `settings set KEY VALUE`. */
export const SETTINGS = ['published_figures'] as const
/** Decisions a person may record with `decide DECISION --note "…"`. */
export const DECISIONS = ['no_published_figures'] as const

export interface NoFiguresDecision {
  note: string
  actor: string
  at: string
}

/** What the metrics step reconciles against: a file, a recorded decision to go without, or nothing yet. */
export type PublishedChoice = {kind: 'file'; file: string} | ({kind: 'decision'} & NoFiguresDecision) | {kind: 'none'}

export async function publishedFiguresFile(knex: Knex): Promise<string | undefined> {
  return getMeta(knex, PUBLISHED_FIGURES_META)
}

export async function publishedChoice(knex: Knex): Promise<PublishedChoice> {
  const file = await publishedFiguresFile(knex)
  if (file) return {kind: 'file', file}
  const decision = await getMeta(knex, NO_PUBLISHED_FIGURES_META)
  return decision ? {kind: 'decision', ...(JSON.parse(decision) as NoFiguresDecision)} : {kind: 'none'}
}

/**
 * Name the published-figures csv that the plan step `handover.metrics` reconciles against. The file
 * is read first (a bad row exits 2 naming it) and recorded as an artifact, so a later edit is caught
 * by `audit verify`; the setting is audited and counted as a change of what the metrics came from.
 */
export async function setPublishedFiguresFile(store: Store, file: string): Promise<{file: string; rows: number; sha256: string}> {
  const abs = resolve(file)
  const rows = (await readPublished(abs)).length
  if (rows === 0) throw new InputError(msg().errors.publishedEmpty({file: abs}), msg().errors.publishedEmptyFix)
  const artifact = await recordArtifact(store.knex, {actor: store.actor, command: store.command}, 'metrics.published_figures', abs, rows)
  await store.knex.transaction(async (trx) => {
    await setMeta(trx, PUBLISHED_FIGURES_META, abs)
    const change = await bumpChange(trx, 'published_figures', store.actor)
    await store.audit('metrics.published_figures', {file: abs, rows, sha256: artifact.sha256, published_figures_change: change}, trx)
  })
  return {file: abs, rows, sha256: artifact.sha256}
}

/** Record the decision to build the metrics workbook without published figures, with why; audited. */
export async function decideNoPublishedFigures(store: Store, note: string | undefined): Promise<NoFiguresDecision> {
  const text = note?.trim()
  if (!text) throw new InputError(msg().errors.decisionNeedsNote, msg().errors.decisionNeedsNoteFix)
  const decision: NoFiguresDecision = {note: text, actor: store.actor, at: nowIso()}
  await store.knex.transaction(async (trx) => {
    await setMeta(trx, NO_PUBLISHED_FIGURES_META, JSON.stringify(decision))
    const change = await bumpChange(trx, 'published_figures', store.actor)
    await store.audit('decision.no_published_figures', {...decision, published_figures_change: change}, trx)
  })
  return decision
}

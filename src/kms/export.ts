import {existsSync, mkdirSync, renameSync, rmSync, writeFileSync} from 'node:fs'
import {basename, join} from 'node:path'
import {recordArtifact} from '../audit/artifacts'
import {InputError} from '../errors'
import {Store} from '../store/store'
import {sha256} from '../util/hash'
import {checkOutDir} from '../util/out-file'
import {toolVersion} from '../util/paths'
import {nowIso} from '../util/time'
import {normaliseText} from './articles'
import {categoryTree} from './categories'
import {articlesCsv, articlesJsonl, articlesXlsx, ExportedArticle} from './package-files'
import {ArticleReview, reviewStates, ReviewSummary, summarise, unmappedTopics} from './state'
import {msg} from '../i18n'

export const PACKAGE_FILES = ['articles.jsonl', 'articles.csv', 'articles.xlsx', 'categories.json', 'manifest.json', 'SHA256SUMS'] as const

export interface ManifestFile {
  path: string
  rows: number | null
  bytes: number
  sha256: string
}

export interface LeftOut {
  id: string
  no: string
  topic: string
  state: string
  reason: string
  reviewer: string | null
  reviewed_at: string | null
}

export interface KmsManifest {
  package: 'kms'
  tool: {name: 'prime-migrate'; version: string}
  generated_at: string
  files: ManifestFile[]
  totals: ReviewSummary & {exported: number; categories: number}
  unmapped_topics: {topic: string; articles: number; reason: string}[]
  excluded: LeftOut[]
  revise: LeftOut[]
  pending: LeftOut[]
}

export interface KmsExportResult {
  out: string
  files: ManifestFile[]
  totals: KmsManifest['totals']
  manifest: string
}

export interface ExportOptions {
  out: string
  force?: boolean
  progress?: (message: string) => void
}

function exported(s: ArticleReview): ExportedArticle {
  const a = s.article
  return {
    id: s.id,
    no: a.no,
    source: a.source === null ? null : basename(a.source),
    source_row: a.source_row,
    topic: s.mapping.topic,
    topic_label: s.mapping.label,
    sub_topic: normaliseText(a.sub_topic) || null,
    category_path: s.category!,
    question: normaliseText(a.question)!,
    answer: normaliseText(a.answer)!,
    legal_basis: normaliseText(a.legal_basis) || null,
    contributor: a.contributor,
    updated: a.updated,
    reviewer: s.review!.reviewer,
    reviewed_at: s.review!.reviewed_at,
    review_comment: s.review!.comment,
    content_hash: a.content_hash,
  }
}

function leftOut(s: ArticleReview): LeftOut {
  return {
    id: s.id,
    no: s.article.no,
    topic: s.article.topic,
    state: s.state,
    reason: s.reason,
    reviewer: s.review?.reviewer ?? null,
    reviewed_at: s.review?.reviewed_at ?? null,
  }
}

/** Refuse to write over an earlier package unless asked; with force, only the package's own files go. */
function prepareOut(out: string, force: boolean): void {
  const existing = PACKAGE_FILES.filter((f) => existsSync(join(out, f)))
  if (existing.length && !force)
    throw new InputError(msg().errors.kmsPackageExists({out, files: existing}), msg().errors.kmsPackageExistsFix)
  for (const f of existing) rmSync(join(out, f))
  // A temp file is only ever a write cut short by a crash: never a package, always safe to drop.
  for (const f of PACKAGE_FILES) rmSync(join(out, `${f}.tmp`), {force: true})
  mkdirSync(out, {recursive: true})
}

/**
 * Write the KMS package for Kemenkeu Prime (CONTRACT §5.2, §5.5): approved articles only, the
 * category tree, a manifest naming what was left out and why, and SHA256SUMS. Every file but the
 * manifest's generated_at is the same for the same store. Each file is recorded for `audit verify`.
 */
export async function exportKms(store: Store, opts: ExportOptions): Promise<KmsExportResult> {
  const out = checkOutDir(opts.out)
  const progress = opts.progress ?? (() => {})
  prepareOut(out, Boolean(opts.force))
  const states = await reviewStates(store.knex)
  const approved = states.filter((s) => s.state === 'approve').map(exported)
  const categories = categoryTree(approved.map((a) => a.category_path))
  const countNodes = (nodes: typeof categories): number => nodes.reduce((n, c) => n + 1 + countNodes(c.children), 0)

  const contents: {path: string; rows: number | null; data: Buffer}[] = [
    {path: 'articles.jsonl', rows: approved.length, data: Buffer.from(articlesJsonl(approved), 'utf8')},
    {path: 'articles.csv', rows: approved.length, data: Buffer.from(articlesCsv(approved), 'utf8')},
    {path: 'articles.xlsx', rows: approved.length, data: await articlesXlsx(approved)},
    {
      path: 'categories.json',
      rows: countNodes(categories),
      data: Buffer.from(JSON.stringify({separator: '/', categories}, null, 2) + '\n', 'utf8'),
    },
  ]
  const files: ManifestFile[] = contents.map((c) => ({path: c.path, rows: c.rows, bytes: c.data.length, sha256: sha256(c.data)}))
  const manifest: KmsManifest = {
    package: 'kms',
    tool: {name: 'prime-migrate', version: toolVersion()},
    generated_at: nowIso(),
    files,
    totals: {...summarise(states), exported: approved.length, categories: countNodes(categories)},
    unmapped_topics: unmappedTopics(states),
    excluded: states.filter((s) => s.state === 'exclude').map(leftOut),
    revise: states.filter((s) => s.state === 'revise').map(leftOut),
    pending: states.filter((s) => s.state === 'undecided' || s.state === 'stale').map(leftOut),
  }
  contents.push({path: 'manifest.json', rows: null, data: Buffer.from(JSON.stringify(manifest, null, 2) + '\n', 'utf8')})
  const sums = contents.map((c) => ({name: c.path, sum: sha256(c.data)})).sort((a, b) => (a.name < b.name ? -1 : 1))
  contents.push({path: 'SHA256SUMS', rows: null, data: Buffer.from(sums.map((s) => `${s.sum}  ${s.name}\n`).join(''), 'utf8')})

  // Each file appears whole or not at all (written aside, then renamed), SHA256SUMS last: a crash
  // never leaves a file that looks finished but is cut short.
  for (const c of contents) {
    const path = join(out, c.path)
    writeFileSync(`${path}.tmp`, c.data)
    renameSync(`${path}.tmp`, path)
    progress(msg().steps.kmsFileWritten(c))
  }
  const ctx = {actor: store.actor, command: store.command}
  for (const c of contents) await recordArtifact(store.knex, ctx, `kms.${c.path}`, join(out, c.path), c.rows)
  await store.audit('kms.exported', {
    out,
    exported: approved.length,
    totals: manifest.totals,
    files: contents.map((c) => ({path: c.path, sha256: sha256(c.data)})),
  })
  const allFiles = contents.map((c) => ({path: c.path, rows: c.rows, bytes: c.data.length, sha256: sha256(c.data)}))
  return {out, files: allFiles, totals: manifest.totals, manifest: join(out, 'manifest.json')}
}

import {mkdirSync} from 'node:fs'
import {dirname, resolve} from 'node:path'
import {recordArtifact} from '../audit/artifacts'
import {InputError} from '../errors'
import {msg} from '../i18n'
import {insertDraft} from '../signoff/drafts'
import {Counters} from '../store/changes'
import {Store} from '../store/store'
import {fileDigest} from '../util/hash'
import {nowIso} from '../util/time'
import {refuseOverwrite} from '../util/out-file'
import {Lang} from '../workbooks/labels'
import type {PlanView} from '../plan/step'
import {collectHandover, HandoverData} from './collect'
import {buildHandoverWorkbook} from './workbook'

export interface HandoverReport {
  file: string
  sheets: number
  truncated_cells: number
  audit_head: string
  audit_intact: boolean
  complete: boolean
}

async function writeWorkbook(store: Store, plan: PlanView, file: string, lang: Lang, kind: HandoverData['kind']) {
  mkdirSync(dirname(file), {recursive: true})
  const data = await collectHandover(store, plan, kind)
  const {workbook, sheets, truncated} = await buildHandoverWorkbook(data, lang)
  await workbook.xlsx.writeFile(file)
  return {data, sheets, truncated}
}

/** Write the handover workbook and record it as an artifact; an existing file is replaced only with `force`. */
export async function reportHandover(store: Store, plan: PlanView, out: string, lang: Lang, force = false): Promise<HandoverReport> {
  const file = resolve(out)
  if (!file.toLowerCase().endsWith('.xlsx'))
    throw new InputError(msg().errors.handoverOutNotXlsx({out}), msg().errors.handoverOutNotXlsxFix)
  refuseOverwrite(file, force)
  const {data, sheets, truncated} = await writeWorkbook(store, plan, file, lang, 'final')
  await recordArtifact(store.knex, {actor: store.actor, command: store.command}, 'handover.workbook', file)
  return {file, sheets, truncated_cells: truncated, audit_head: data.audit.head, audit_intact: data.audit.ok, complete: data.complete}
}

export interface DraftReport {
  id: number
  file: string
  sha256: string
  bytes: number
}

/**
 * Write the handover draft (every sheet marked as a draft) and record its SHA-256 with the counters
 * of everything it was built from, audited in one transaction: sign-offs are given on that hash, and
 * stop counting once anything it was built from changes.
 */
export async function buildHandoverDraft(
  store: Store,
  plan: PlanView,
  out: string,
  inputs: Counters,
  lang: Lang = 'id',
): Promise<DraftReport> {
  const file = resolve(out)
  await writeWorkbook(store, plan, file, lang, 'draft')
  const {sha256, bytes} = await fileDigest(file)
  const ctx = {actor: store.actor, command: store.command}
  await recordArtifact(store.knex, ctx, 'handover.draft', file, null, {sha256, bytes})
  const id = await store.knex.transaction(async (trx) => {
    const draft = {path: file, sha256, bytes, inputs, created_at: nowIso(), actor: store.actor}
    const draftId = await insertDraft(trx, draft)
    await store.audit('handover.draft', {id: draftId, ...draft}, trx)
    return draftId
  })
  return {id, file, sha256, bytes}
}

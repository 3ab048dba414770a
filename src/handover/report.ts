import {mkdirSync} from 'node:fs'
import {dirname, resolve} from 'node:path'
import {recordArtifact} from '../audit/artifacts'
import {InputError} from '../errors'
import {Store} from '../store/store'
import {collectHandover} from './collect'
import {HANDOVER_LABELS, HandoverLang} from './labels'
import {writeHandoverWorkbook} from './workbook'

export function validLang(lang: string | undefined): HandoverLang {
  const l = lang ?? 'id'
  if (!(l in HANDOVER_LABELS)) throw new InputError(`--lang ${l} is not supported`, 'use --lang id (Bahasa Indonesia, the default) or --lang en')
  return l as HandoverLang
}

/** Write the handover workbook and record it as an artifact; returns where it went and what it holds. */
export async function reportHandover(store: Store, out: string, lang: HandoverLang): Promise<{file: string; sheets: number; audit_head: string; complete: boolean}> {
  const file = resolve(out)
  if (!file.toLowerCase().endsWith('.xlsx')) throw new InputError(`--out ${out} is not an .xlsx file`, 'give a file name ending in .xlsx, e.g. --out handover.xlsx')
  mkdirSync(dirname(file), {recursive: true})
  const data = await collectHandover(store)
  await writeHandoverWorkbook(data, file, lang)
  await recordArtifact(store.knex, {actor: store.actor, command: store.command}, 'handover.workbook', file)
  return {file, sheets: Object.keys(HANDOVER_LABELS[lang].sheets).length, audit_head: data.audit.head, complete: data.complete}
}

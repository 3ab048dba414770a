import {mkdirSync} from 'node:fs'
import {dirname, resolve} from 'node:path'
import {recordArtifact} from '../audit/artifacts'
import {InputError} from '../errors'
import {Store} from '../store/store'
import {refuseOverwrite} from '../util/out-file'
import {Lang} from '../workbooks/labels'
import {collectHandover} from './collect'
import {buildHandoverWorkbook} from './workbook'

export interface HandoverReport {
  file: string
  sheets: number
  truncated_cells: number
  audit_head: string
  audit_intact: boolean
  complete: boolean
}

/** Write the handover workbook and record it as an artifact; an existing file is replaced only with `force`. */
export async function reportHandover(store: Store, out: string, lang: Lang, force = false): Promise<HandoverReport> {
  const file = resolve(out)
  if (!file.toLowerCase().endsWith('.xlsx'))
    throw new InputError(`--out ${out} is not an .xlsx file`, 'give a file name ending in .xlsx, e.g. --out handover.xlsx')
  refuseOverwrite(file, force)
  mkdirSync(dirname(file), {recursive: true})
  const data = await collectHandover(store)
  const {workbook, sheets, truncated} = await buildHandoverWorkbook(data, lang)
  await workbook.xlsx.writeFile(file)
  await recordArtifact(store.knex, {actor: store.actor, command: store.command}, 'handover.workbook', file)
  return {file, sheets, truncated_cells: truncated, audit_head: data.audit.head, audit_intact: data.audit.ok, complete: data.complete}
}

import {BulkMode} from '../store/dialect'
import {Store} from '../store/store'
import {CHATBOT_FIELDS} from './chatbot'
import {faqHeaderRules} from './faq'
import {FileKind, readRegisterFile} from './files'
import {HeaderRules} from './header'
import {importRegisterRows, RegisterImportSummary} from './import-register'
import {ImportOptions} from './import-rows'
import {rejectsPathFor} from './rejects-path'
import {RegisterName, REGISTER_SPECS} from './register-specs'
import {ROSTER_FIELDS, ROSTER_REQUIRED} from './roster'
import {SURVEY_FIELDS} from './survey'
import {TICKET_FIELDS, TICKET_REQUIRED} from './tickets'
import {VICON_FIELDS, VISIT_FIELDS} from './visits'

export type {RegisterName} from './register-specs'

export interface FileImportOptions extends Pick<ImportOptions, 'progress'> {
  /** Rejects CSV path; by default `<out dir>/rejects/<register>-<import id>.csv`. */
  rejectsFile?: string
}

/** What a register's file must look like; how its rows validate is its spec (REGISTER_SPECS). */
interface RegisterSource {
  rules(): HeaderRules
  allow: FileKind[]
}

const all = (fields: string[]): HeaderRules => ({required: fields.filter((f) => !['topics', 'topic'].includes(f)), known: fields})

/** Each register: which header it needs, which file kinds it reads. */
const REGISTERS: Record<RegisterName, RegisterSource> = {
  faq: {rules: faqHeaderRules, allow: ['xlsx', 'csv']},
  tickets: {rules: () => ({required: [...TICKET_REQUIRED], known: [...TICKET_FIELDS]}), allow: ['csv', 'jsonl']},
  roster: {rules: () => ({required: ROSTER_REQUIRED, known: ROSTER_FIELDS}), allow: ['csv', 'jsonl']},
  survey: {rules: () => all(SURVEY_FIELDS), allow: ['csv', 'jsonl']},
  chatbot: {rules: () => all(CHATBOT_FIELDS), allow: ['csv', 'jsonl']},
  visits: {rules: () => all(VISIT_FIELDS), allow: ['csv', 'jsonl']},
  vicon: {rules: () => all(VICON_FIELDS), allow: ['csv', 'jsonl']},
}

/** An import whose file has passed the structural checks; `run` loads it. */
export interface PreparedImport {
  source: string
  run(progress?: FileImportOptions['progress']): Promise<RegisterImportSummary>
}

/** Open and check a register file (InputError, exit 2, for structural problems); nothing loads until `run`. */
export async function prepareRegisterImport(
  store: Store,
  register: RegisterName,
  file: string,
  opts: {sheet?: string; rejectsFile?: string; bulk?: BulkMode} = {},
): Promise<PreparedImport> {
  const r = REGISTERS[register]
  const spec = REGISTER_SPECS[register]
  const input = await readRegisterFile(file, {...r.rules(), allow: r.allow, sheet: opts.sheet, register: spec.register})
  const rejectsFile = opts.rejectsFile ?? (await rejectsPathFor(store, spec.register))
  return {
    source: input.source,
    run: (progress) =>
      importRegisterRows(store, spec, input.rows, {
        source: input.source,
        rejectsFile,
        progress,
        offThread: input.offThread,
        bulk: opts.bulk,
      }),
  }
}

/** Import one register file (CONTRACT §3); structural problems throw InputError before anything loads. */
export async function importRegisterFile(
  store: Store,
  register: RegisterName,
  file: string,
  opts: FileImportOptions & {sheet?: string} = {},
): Promise<RegisterImportSummary> {
  return (await prepareRegisterImport(store, register, file, opts)).run(opts.progress)
}

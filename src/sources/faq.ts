import {loadMapping} from '../mappings/load'
import {stableHash} from '../util/hash'
import {RegisterSpec, RowError} from './register-spec'
import {RowReader} from './fields'

/** A knowledge-base article as `faq_articles` holds it (CONTRACT §3.1). */
export interface FaqRecord extends Record<string, unknown> {
  no: string
  topic: string
  sub_topic: string | null
  question: string
  answer: string
  legal_basis: string | null
  correction: string | null
  status: string | null
  updated: string | null
  contributor: string | null
  content_hash: string
}

export const FAQ_FIELDS = [
  'no',
  'topic',
  'sub_topic',
  'question',
  'answer',
  'legal_basis',
  'correction',
  'status',
  'updated',
  'contributor',
]
export const FAQ_REQUIRED = ['no', 'topic', 'question', 'answer']

/** Header spellings of mappings/faq-columns.yaml. */
export function faqHeaderRules(): {required: string[]; known: string[]; aliases: Record<string, string[]>} {
  return {required: FAQ_REQUIRED, known: FAQ_FIELDS, aliases: loadMapping('faq-columns').columns as Record<string, string[]>}
}

/** Line breaks as LF and no trailing spaces, so a workbook saved on another system hashes the same. */
function tidy(text: string | null): string | null {
  return text === null
    ? null
    : text
        .replace(/\r\n?/g, '\n')
        .replace(/[ \t]+\n/g, '\n')
        .trim()
}

/** Hash of what an article says (not who reviewed it or when): a changed hash means the published article must change. */
export function faqContentHash(a: Pick<FaqRecord, 'topic' | 'sub_topic' | 'question' | 'answer' | 'legal_basis'>): string {
  return stableHash({topic: a.topic, sub_topic: a.sub_topic, question: a.question, answer: a.answer, legal_basis: a.legal_basis})
}

function validateFaq(raw: Record<string, string | undefined>): {record?: FaqRecord; errors: RowError[]} {
  const r = new RowReader(raw)
  const no = r.required('no', 191)
  const topic = r.required('topic', 128)
  const question = tidy(r.required('question') ?? null)
  const answer = tidy(r.required('answer') ?? null)
  const rest = {
    sub_topic: r.optional('sub_topic', 255),
    legal_basis: tidy(r.optional('legal_basis')),
    correction: tidy(r.optional('correction')),
    status: r.optional('status', 32),
    updated: r.optional('updated', 32),
    contributor: r.optional('contributor', 191),
  }
  if (r.errors.length || !no || !topic || !question || !answer) return {errors: r.errors}
  const record = {no, topic, question, answer, ...rest}
  return {errors: [], record: {...record, content_hash: faqContentHash(record)}}
}

/** The FAQ register, keyed by `No`. */
export const faqSpec: RegisterSpec<FaqRecord> = {register: 'faq', table: 'faq_articles', key: 'no', validate: (raw) => validateFaq(raw)}

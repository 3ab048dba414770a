import type {ZodIssue} from 'zod'
import {msg} from '../i18n'
import {OWN_PROBLEMS, OwnProblem} from './schemas'

/**
 * One line per zod issue, "  key.path: what is wrong", said in the run's language: zod's own texts
 * are English only, and an Indonesian run must not switch language mid-sentence.
 */
export function schemaProblemLines(issues: ZodIssue[]): string[] {
  return issues.map((i) => `  ${i.path.length ? i.path.join('.') : msg().errors.mappingTopLevel}: ${schemaProblem(i)}`)
}

export function schemaProblem(issue: ZodIssue): string {
  const own = ownProblem(issue)
  return own ? ownProblemText(own, issue) : zodProblemText(issue)
}

function ownProblem(issue: ZodIssue): OwnProblem | undefined {
  const code: unknown = issue.code === 'custom' ? issue.params?.problem : issue.message
  return OWN_PROBLEMS.find((p) => p === code)
}

function ownProblemText(own: OwnProblem, issue: ZodIssue): string {
  const e = msg().errors
  switch (own) {
    case 'date':
      return e.mappingDate
    case 'time':
      return e.mappingTime
    case 'snakeCase':
      return e.mappingSnakeCase
    case 'bilingual':
      return e.mappingBilingual
    case 'stepMissing':
      return e.mappingStepMissing
    case 'archiveStepSkippable':
      return e.mappingArchiveStepSkippable
    case 'unknownNeed':
      return e.mappingUnknownNeed({need: String(issue.code === 'custom' ? issue.params?.need : '')})
    case 'needsCycle':
      return e.mappingNeedsCycle
    case 'topicNameClash':
      return e.topicNameClash((issue.code === 'custom' ? issue.params : {}) as Parameters<typeof e.topicNameClash>[0])
  }
}

function zodProblemText(issue: ZodIssue): string {
  const e = msg().errors
  switch (issue.code) {
    case 'invalid_type':
      return issue.received === 'undefined'
        ? e.mappingRequired
        : e.mappingWrongType({expected: typeName(issue.expected), received: typeName(issue.received)})
    case 'invalid_literal':
      if (issue.received === undefined) return e.mappingRequired
      return e.mappingWrongLiteral({expected: shown(issue.expected), received: shown(issue.received)})
    case 'unrecognized_keys':
      return e.mappingUnknownKeys({keys: issue.keys})
    case 'invalid_enum_value':
      return e.mappingNotAnOption({received: String(issue.received), options: issue.options.map(String)})
    case 'invalid_union':
      return e.mappingNoFormFits
    case 'too_small':
      return e.mappingTooSmall({type: issue.type, minimum: Number(issue.minimum), inclusive: issue.inclusive})
    case 'too_big':
      return e.mappingTooBig({type: issue.type, maximum: Number(issue.maximum), inclusive: issue.inclusive})
    case 'invalid_string':
      if (issue.validation === 'regex') return e.mappingNoPatternMatch
      if (typeof issue.validation === 'string') return e.mappingBadForm({form: issue.validation})
      return e.mappingFailedCheck({code: issue.code})
    default:
      // Codes these schemas cannot raise today: named, so the sentence stays in one language.
      return e.mappingFailedCheck({code: issue.code})
  }
}

// zod's type names are English words; the catalogue says the common ones, the rest stay codes.
function typeName(type: string): string {
  return (msg().errors.mappingTypes as Partial<Record<string, string>>)[type] ?? type
}

function shown(value: unknown): string {
  return JSON.stringify(value) ?? String(value)
}

import {YAMLError} from 'yaml'
import {msg} from '../i18n'

/**
 * Where a YAML syntax error is and what it means, in the run's language: "line 3, column 1: …".
 * The yaml library's own message is English, so only its code and position are used; a code the
 * catalogue does not explain is shown as the code itself.
 */
export function yamlProblem(error: unknown): string {
  const e = msg().errors
  // Errors raised while turning the document into values (an alias to no anchor) carry no code.
  if (!(error instanceof YAMLError)) return e.mappingYamlUnreadable
  const text = (e.mappingYamlCodes as Partial<Record<string, string>>)[error.code] ?? e.mappingYamlOther({code: error.code})
  const at = error.linePos?.[0]
  return at ? `${e.mappingYamlAt(at)}: ${text}` : text
}

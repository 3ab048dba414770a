import {readFileSync} from 'node:fs'
import {join, resolve} from 'node:path'
import {InputError} from '../errors'
import {msg} from '../i18n'
import {packageRoot} from '../util/paths'
import {schemaProblemLines} from './schema-problems'
import {Mapping, MAPPING_SCHEMAS, MappingName} from './schemas'
import {yamlProblem} from './yaml-problem'
import {parse as parseYaml} from 'yaml'

/** The mappings folder: `PRIME_MIGRATE_MAPPINGS` when set, else the one shipped with the tool. */
export function mappingsDir(): string {
  return process.env.PRIME_MIGRATE_MAPPINGS ? resolve(process.env.PRIME_MIGRATE_MAPPINGS) : join(packageRoot(), 'mappings')
}

const cache = new Map<string, unknown>()
/** Problems listed one by one; a file with more says how many more. */
const SHOWN_ISSUES = 10

/** Load and validate one mapping file; a problem exits 2 naming the file, the key and what is wrong. */
export function loadMapping<N extends MappingName>(name: N): Mapping<N> {
  const file = join(mappingsDir(), `${name}.yaml`)
  const hit = cache.get(file)
  if (hit) return hit as Mapping<N>
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch {
    throw new InputError(msg().errors.mappingUnreadable({file}), msg().errors.mappingUnreadableFix({name}))
  }
  let data: unknown
  try {
    data = parseYaml(text)
  } catch (error) {
    throw new InputError(msg().errors.mappingNotYaml({file, detail: yamlProblem(error)}), msg().errors.mappingNotYamlFix)
  }
  const result = MAPPING_SCHEMAS[name].safeParse(data)
  if (!result.success) {
    const issues = result.error.issues
    const problems = schemaProblemLines(issues.slice(0, SHOWN_ISSUES))
    // The rest are counted, not dropped: fixing the first ten must not look like fixing everything.
    if (issues.length > SHOWN_ISSUES) problems.push(msg().errors.mappingMoreProblems({more: issues.length - SHOWN_ISSUES}))
    throw new InputError(msg().errors.mappingInvalid({file, problems}), msg().errors.mappingInvalidFix({name}))
  }
  cache.set(file, result.data)
  return result.data as Mapping<N>
}

/** Forget loaded mappings (tests that point PRIME_MIGRATE_MAPPINGS elsewhere). */
export function clearMappingCache(): void {
  cache.clear()
}

/** Validate every mapping file at once, so `init` reports all problems before anything runs. */
export function validateAllMappings(): void {
  for (const name of Object.keys(MAPPING_SCHEMAS) as MappingName[]) loadMapping(name)
}

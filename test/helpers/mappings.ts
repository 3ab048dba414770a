import {cpSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {clearMappingCache} from '../../src/mappings/load'
import {ROOT} from './cli'

/** A copy of the shipped mappings in a folder of its own, with one file replaced by `change` (a text, or an edit of the shipped one). */
export function mappingsCopy(file: string, change: string | ((text: string) => string)): string {
  const dir = mkdtempSync(join(tmpdir(), 'pm-mappings-'))
  cpSync(join(ROOT, 'mappings'), dir, {recursive: true})
  writeFileSync(join(dir, file), typeof change === 'string' ? change : change(readFileSync(join(dir, file), 'utf8')))
  return dir
}

/** Use a copy of the shipped mappings with one file rewritten, until `useShippedMappings`. */
export function useMappingsWith(file: string, change: string | ((text: string) => string)): string {
  const dir = mappingsCopy(file, change)
  process.env.PRIME_MIGRATE_MAPPINGS = dir
  clearMappingCache()
  return dir
}

export function useShippedMappings(): void {
  delete process.env.PRIME_MIGRATE_MAPPINGS
  clearMappingCache()
}

/** topics.yaml with one more topic whose label is DAK Fisik's: a text matching only that label could mean either. */
export const withTwinLabel = (text: string): string =>
  `${text}  DAK Reguler:\n    label: Dana Alokasi Khusus Fisik\n    kms_category: Transfer ke Daerah/Dana Alokasi Khusus/DAK Fisik\n    l3_unit: DTK\n`

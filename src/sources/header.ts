import {InputError} from '../errors'
import {msg} from '../i18n'

/** Which columns a register knows and needs; `aliases` maps a field to other header spellings. */
export interface HeaderRules {
  required: string[]
  known: string[]
  aliases?: Record<string, string[]>
}

function norm(name: string): string {
  return name
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ')
}

/**
 * The field each header cell names (null for columns the register does not use). Case, surrounding
 * spaces and `_` versus space do not matter; a missing required column or a column named twice is a
 * structural problem that loads nothing.
 */
export function mapHeader(file: string, header: string[], rules: HeaderRules): (string | null)[] {
  const lookup = new Map<string, string>()
  for (const field of rules.known) {
    for (const name of [field, ...(rules.aliases?.[field] ?? [])]) {
      lookup.set(norm(name), field)
      lookup.set(norm(name).replace(/_/g, ' '), field)
    }
  }
  const columns = header.map((h) => lookup.get(norm(h)) ?? lookup.get(norm(h).replace(/_/g, ' ')) ?? null)
  const seen = new Set<string>()
  for (const [i, c] of columns.entries()) {
    if (!c) continue
    if (seen.has(c))
      throw new InputError(msg().errors.duplicateColumn({file, column: header[i].trim(), field: c}), msg().errors.duplicateColumnFix)
    seen.add(c)
  }
  const missing = rules.required.filter((f) => !seen.has(f))
  if (missing.length > 0) {
    const columns = missing.map((f) => [f, ...(rules.aliases?.[f] ?? [])])
    throw new InputError(msg().errors.missingColumns({file, columns, header: header.map((h) => h.trim())}), msg().errors.missingColumnsFix)
  }
  return columns
}

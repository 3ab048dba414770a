import type {BulkMode} from './dialect'

// Apart from mysql.ts, which loads knex: the import's worker thread writes these texts and loads only
// what it needs (see row-forms.ts).

/** LOAD DATA's default escapes (ESCAPED BY '\\'): NUL, tab, line ends and the backslash itself; NULL is \N. */
const TSV_ESCAPES: Record<string, string> = {'\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r', '\0': '\\0'}
const TSV_SPECIAL = /[\\\t\n\r\0]/g
/** The characters sql-escaper escapes in a string (its `escapeChars`). */
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /[\0\b\t\n\r\x1a"'\\]/

function tsvField(v: unknown): string {
  if (v === null || v === undefined) return '\\N'
  if (typeof v === 'boolean') return v ? '1' : '0'
  const text = String(v)
  TSV_SPECIAL.lastIndex = 0
  return TSV_SPECIAL.test(text) ? text.replace(TSV_SPECIAL, (c) => TSV_ESCAPES[c]) : text
}

/**
 * mysql2's own escaping and formatting (its `escape` and `format` are sql-escaper's), loaded on first
 * use. Taken from sql-escaper rather than through mysql2 because the import's worker writes INSERT text
 * and never talks to the server: loading the whole driver there took about 40 ms before its first batch
 * (sql-escaper: 4 ms). The store's connections format their statements with it too (`mysql.ts`).
 */
let loaded: typeof import('sql-escaper') | undefined
export function sqlEscaper(): typeof import('sql-escaper') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (loaded ??= require('sql-escaper') as typeof import('sql-escaper'))
}

/** A row's text and the separator after it: a line of LOAD DATA's input, or a tuple of a multi-row INSERT and its comma. */
export function mysqlRowLiteral(values: readonly unknown[], mode: BulkMode): string {
  const parts = new Array<string>(values.length)
  if (mode === 'load-data') {
    for (let i = 0; i < values.length; i++) parts[i] = tsvField(values[i])
    return `${parts.join('\t')}\n`
  }
  const {escape} = sqlEscaper()
  for (let i = 0; i < values.length; i++) {
    const v = values[i]
    // What `escape` gives a string without a character it escapes, or a number, without its layers of
    // dispatch: 2.7–3.1 µs a ticket instead of 4.0–5.0 (a third of writing its INSERT text).
    if (typeof v === 'string') parts[i] = NEEDS_ESCAPE.test(v) ? escape(v) : `'${v}'`
    else if (typeof v === 'number') parts[i] = String(v)
    else parts[i] = escape(v as Parameters<typeof escape>[0])
  }
  return `(${parts.join(', ')}),`
}

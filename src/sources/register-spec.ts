/** Why one field of one row was refused. */
export interface RowError {
  field: string
  reason: string
}

/** How one register turns a raw row of strings into the record it stores, keyed by its natural key. */
export interface RegisterSpec<R extends Record<string, unknown>> {
  register: string
  table: string
  key: string
  validate(raw: Record<string, string | undefined>, rowNo: number): {record?: R; errors: RowError[]}
  /** Called once before the rows of an import, to build look-ups `validate` uses per row. */
  prepare?(): void
}

/** One row as a reader yields it. */
export interface RawRow {
  rowNo: number
  raw: Record<string, string | undefined>
  /** Set by a reader when the row itself could not be read (a bad JSON line): it is rejected as is. */
  error?: RowError
}

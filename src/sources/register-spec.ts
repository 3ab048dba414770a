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
  /**
   * Builds the look-ups `validate` uses per row: called before the rows of an import, and by a warm
   * worker thread before its job comes (so it may run twice; it must not depend on the job).
   */
  prepare?(): void
}

/** One row as a reader yields it. */
export interface RawRow {
  rowNo: number
  raw: Record<string, string | undefined>
  /** Set by a reader when the row itself could not be read (a bad JSON line): it is rejected as is. */
  error?: RowError
}

import {InputError} from '../errors'
import {formatNumber, msg} from '../i18n'

/**
 * How much one record of an input file may hold before it is refused: a line (JSONL) or record (CSV)
 * longer than `lineBytes`, JSON nested deeper than `jsonDepth`, a worksheet with more than `xlsxCells`
 * cells. They keep a hostile or broken file from exhausting memory or the stack; each can be raised
 * by its environment variable for a register that honestly needs more (README, "Limits").
 */
export interface ReaderLimits {
  lineBytes: number
  jsonDepth: number
  xlsxCells: number
}

export const LIMIT_ENV = {
  lineMb: 'PRIME_MIGRATE_MAX_LINE_MB',
  jsonDepth: 'PRIME_MIGRATE_MAX_JSON_DEPTH',
  xlsxCells: 'PRIME_MIGRATE_MAX_XLSX_CELLS',
} as const

const DEFAULTS = {lineMb: 16, jsonDepth: 100, xlsxCells: 2_000_000}

const MB = 1024 * 1024

function positive(name: string, fallback: number): number {
  const given = process.env[name]
  if (given === undefined || given.trim() === '') return fallback
  const n = Number(given)
  if (!Number.isFinite(n) || n <= 0) {
    const m = msg().readers
    throw new InputError(m.badLimit({name, value: given}), m.badLimitFix({name, fallback: formatNumber(fallback)}))
  }
  return n
}

/** The limits in force, read from the environment each time (a worker thread shares its parent's). */
export function readerLimits(): ReaderLimits {
  return {
    lineBytes: Math.floor(positive(LIMIT_ENV.lineMb, DEFAULTS.lineMb) * MB),
    jsonDepth: Math.floor(positive(LIMIT_ENV.jsonDepth, DEFAULTS.jsonDepth)),
    xlsxCells: Math.floor(positive(LIMIT_ENV.xlsxCells, DEFAULTS.xlsxCells)),
  }
}

/** A byte count as people read a limit: "16 MB", "0,5 MB". */
export function megabytes(bytes: number): string {
  return `${formatNumber(bytes / MB)} MB`
}

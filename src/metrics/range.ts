import {InputError} from '../errors'
import {msg} from '../i18n'

export interface PeriodRange {
  from?: string
  to?: string
}

const PERIOD = /^\d{4}-(0[1-9]|1[0-2])$/

/** Check --from/--to: months YYYY-MM, from not after to. */
export function checkRange(range: PeriodRange): PeriodRange {
  for (const [flag, value] of Object.entries(range)) {
    if (value !== undefined && !PERIOD.test(value))
      throw new InputError(msg().errors.notAMonth({flag, value}), msg().errors.notAMonthFix({flag}))
  }
  if (range.from && range.to && range.from > range.to)
    throw new InputError(msg().errors.fromAfterTo({from: range.from, to: range.to}), msg().errors.fromAfterToFix)
  return range
}

/** The month before, and the same month a year before, of a period YYYY-MM. */
export function previousPeriod(period: string): string {
  const [y, m] = period.split('-').map(Number)
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`
}

export function yearBefore(period: string): string {
  return `${Number(period.slice(0, 4)) - 1}${period.slice(4)}`
}

import {loadMapping} from '../mappings/load'

/** Service hours and working days as the metrics count them (mappings/service-hours.yaml, holidays.yaml). */
export interface ServiceRules {
  /** ISO weekdays the service is open; also the working days of the escalation score. */
  days: number[]
  /** Minutes since local midnight: open from `start` (inclusive) until `end` (exclusive). */
  start: number
  end: number
  holidays: string[]
}

function minutes(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number)
  return h * 60 + m
}

export function serviceRules(): ServiceRules {
  const hours = loadMapping('service-hours')
  const holidays = Object.keys(loadMapping('holidays').holidays).sort()
  return {days: [...hours.days].sort(), start: minutes(hours.start), end: minutes(hours.end), holidays}
}

/** The seed: every agent needs at least 5 ratings from at least 5 different users each month. */
export const SATISFACTION_MINIMUM = 5

import {formatDate, formatDateTime, formatNumber, formatPercent, formatPeriod} from '../../src/i18n'

describe('numbers, dates and percentages by the language of the run', () => {
  it('writes Indonesian conventions for id', () => {
    expect(formatNumber(2396, 'id')).toBe('2.396')
    expect(formatPercent(0.125, 'id')).toBe('12,5%')
    expect(formatDate('2025-02-01', 'id')).toBe('1 Februari 2025')
    expect(formatPeriod('2025-02', 'id')).toBe('Februari 2025')
    // 2025-01-31T17:30Z is already 1 February in Jakarta.
    expect(formatDateTime('2025-01-31T17:30:00Z', 'id')).toBe('1 Februari 2025 00.30 WIB')
  })

  it('writes English conventions for en', () => {
    expect(formatNumber(2396, 'en')).toBe('2,396')
    expect(formatPercent(0.125, 'en')).toBe('12.5%')
    expect(formatDate('2025-02-01', 'en')).toBe('1 February 2025')
    expect(formatPeriod('2025-02', 'en')).toBe('February 2025')
    expect(formatDateTime('2025-01-31T17:30:00Z', 'en')).toBe('1 February 2025 00:30 WIB')
  })
})

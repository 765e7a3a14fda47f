import { describe, expect, it } from 'vitest'
import { dayState, isoDay, weekdayOf } from './calendarDays'

describe('calendar days', () => {
  it('a moment is the date it has in Shanghai, not in the browser', () => {
    // 2026-09-30 16:30 UTC is already 1 October in Shanghai
    expect(isoDay(new Date('2026-09-30T16:30:00Z'))).toBe('2026-10-01')
    expect(isoDay(new Date('2026-09-30T15:59:00Z'))).toBe('2026-09-30')
  })

  it('weekdays by the policy names', () => {
    expect(weekdayOf('2026-10-01')).toBe('THURSDAY')
    expect(weekdayOf('2026-10-10')).toBe('SATURDAY')
  })

  it('a holiday on a weekday is a day off and a make-up Saturday a working day', () => {
    expect(dayState('2026-10-01', { kind: 'HOLIDAY', name: '国庆节' })).toEqual({ state: 'holiday', name: '国庆节' })
    expect(dayState('2026-10-10', { kind: 'WORKDAY', name: '国庆节调休' })).toEqual({ state: 'makeUpWorkday', name: '国庆节调休' })
  })

  it('an unmarked day follows the working days of the calendar policy', () => {
    expect(dayState('2026-10-10').state).toBe('weekend')
    expect(dayState('2026-10-12').state).toBe('workday')
    expect(dayState('2026-10-10', undefined, ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY']).state).toBe('workday')
  })
})

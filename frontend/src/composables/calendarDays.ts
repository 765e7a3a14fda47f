// The calendar editor's logic (系统管理 → 节假日与调休): what a day is, from its mark and the working days of the
// calendar policy, and dates as the Shanghai calendar has them.

export interface DayMark {
  kind?: 'HOLIDAY' | 'WORKDAY'
  name?: string
}

export type DayStateName = 'holiday' | 'makeUpWorkday' | 'weekend' | 'workday'

const WEEKDAYS = ['SUNDAY', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY']
export const MONDAY_TO_FRIDAY = WEEKDAYS.slice(1, 6)

/** `2026-10-01` for a moment, as the date in Shanghai (the browser's own zone may differ). */
export function isoDay(moment: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(moment)
}

/** The weekday of an ISO date, `MONDAY` … (the policy's names). */
export function weekdayOf(day: string): string {
  const [y, m, d] = day.split('-').map(Number)
  return WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]
}

/**
 * A marked day is what its mark says (法定节假日 or 调休上班); an unmarked one is a working day when its weekday
 * is one of the policy's working days, else a rest day.
 */
export function dayState(day: string, mark?: DayMark, workingDays: readonly string[] = MONDAY_TO_FRIDAY): { state: DayStateName; name?: string } {
  if (mark?.kind === 'HOLIDAY') return { state: 'holiday', name: mark.name }
  if (mark?.kind === 'WORKDAY') return { state: 'makeUpWorkday', name: mark.name }
  return { state: workingDays.includes(weekdayOf(day)) ? 'workday' : 'weekend' }
}

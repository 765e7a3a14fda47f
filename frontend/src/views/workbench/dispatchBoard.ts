import { ZONE } from '@/i18n/format'

/**
 * The dispatch board's rules without Vue: which Shanghai day and week an instant falls in, the ranges the
 * board asks the API for, where a visit sits on a day's time axis, how overlapping visits stack, and how
 * the visits and waiting repairs group by engineer. Everything in Asia/Shanghai, whatever the browser's zone.
 */

/** What the board needs of a row of GET /api/v1/appointments (Appointments.Appointment on the server). */
export interface BoardItem {
  id: number
  number: string
  status: string
  assigneeId?: number | null
  scheduledAt?: string | null
  receivedAt?: string | null
  allowedActions?: string[]
}

/** An engineer as the organisation's staff list gives them. */
export interface Engineer {
  id: number
  displayName: string
}

/** The hours of a working day the day view shows: 08:00 to 20:00. */
export const AXIS = { startHour: 8, endHour: 20 } as const
/** How long a visit is drawn, in minutes (the plan gives its start only). */
export const VISIT_MINUTES = 60
const DAY_MS = 24 * 3600 * 1000

const dayFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
})

function parts(instant: string | Date): Record<string, string> {
  const date = typeof instant === 'string' ? new Date(instant) : instant
  return Object.fromEntries(dayFormat.formatToParts(date).map((p) => [p.type, p.value]))
}

/** `2026-11-25`: the Shanghai calendar day of an instant. */
export function shanghaiDay(instant: string | Date): string {
  const p = parts(instant)
  return `${p.year}-${p.month}-${p.day}`
}

/** Minutes since midnight in Shanghai: `2026-11-25T02:30:00Z` → 630 (10:30). */
export function minutesIntoDay(instant: string | Date): number {
  const p = parts(instant)
  return Number(p.hour) * 60 + Number(p.minute)
}

/** `10:30` in Shanghai. */
export function shanghaiTime(instant: string | Date): string {
  const p = parts(instant)
  return `${p.hour}:${p.minute}`
}

/** Whether `day` is a real calendar date written `YYYY-MM-DD` (an address may carry anything). */
export function isDay(day: unknown): day is string {
  if (typeof day !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(day)) {
    return false
  }
  const date = new Date(`${day}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(day)
}

/** The day `n` days after `day` (calendar arithmetic; China keeps no daylight saving time). */
export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().substring(0, 10)
}

/** The seven days, Monday first, of the week holding `day`. */
export function weekOf(day: string): string[] {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay() // 0 Sunday … 6 Saturday
  const monday = addDays(day, weekday === 0 ? -6 : 1 - weekday)
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i))
}

/** The instants the API is asked for: from the first day's midnight in Shanghai to the midnight after the last. */
export function rangeOf(days: string[]): { from: string; to: string } {
  const first = days[0]
  const last = days[days.length - 1]
  return {
    from: new Date(`${first}T00:00:00+08:00`).toISOString(),
    to: new Date(`${addDays(last, 1)}T00:00:00+08:00`).toISOString(),
  }
}

/**
 * Where a visit sits on the day's time axis, in percent of the axis: where it starts and how long it is
 * drawn, kept inside the axis; `outside` says it starts before or after the hours shown (it is drawn at the
 * edge, its time written on it).
 */
export function placeOnAxis(
  scheduledAt: string,
  axis: { startHour: number; endHour: number } = AXIS,
): { start: number; length: number; outside: 'before' | 'after' | null } {
  const span = (axis.endHour - axis.startHour) * 60
  const minutes = minutesIntoDay(scheduledAt) - axis.startHour * 60
  const length = (VISIT_MINUTES / span) * 100
  if (minutes < 0) {
    return { start: 0, length, outside: 'before' }
  }
  if (minutes >= span) {
    return { start: 100 - length, length, outside: 'after' }
  }
  return { start: Math.min((minutes / span) * 100, 100 - length), length, outside: null }
}

/**
 * Lanes for visits that overlap on the axis: each visit, by start time, takes the first lane whose last visit
 * has ended (a visit lasts {@link VISIT_MINUTES}). Returns the lane of each visit by id and how many lanes.
 */
export function stackVisits(visits: BoardItem[]): { lanes: Map<number, number>; count: number } {
  const sorted = byTime(visits.filter((v) => v.scheduledAt))
  const laneEnds: number[] = []
  const lanes = new Map<number, number>()
  for (const v of sorted) {
    const start = Date.parse(v.scheduledAt as string)
    let lane = laneEnds.findIndex((end) => end <= start)
    if (lane < 0) {
      lane = laneEnds.length
      laneEnds.push(0)
    }
    laneEnds[lane] = start + VISIT_MINUTES * 60_000
    lanes.set(v.id, lane)
  }
  return { lanes, count: Math.max(1, laneEnds.length) }
}

/** Visits by their time, then by id: the order of an engineer's day. */
export function byTime<T extends BoardItem>(items: T[]): T[] {
  return [...items].sort(
    (a, b) => Date.parse(a.scheduledAt ?? '') - Date.parse(b.scheduledAt ?? '') || a.id - b.id,
  )
}

/** One engineer's row of the board: their visits by time and the repairs they have that wait for a visit. */
export interface EngineerRow<T extends BoardItem> {
  engineer: Engineer
  visits: T[]
  awaiting: T[]
}

/**
 * The board's rows: one per engineer, in the order given, with their visits by time and their repairs
 * waiting for a visit by arrival; and what belongs to nobody listed (handed to somebody who is not an
 * engineer the caller sees), so that nothing on the board silently disappears.
 */
export function groupByEngineer<T extends BoardItem>(
  engineers: Engineer[],
  visits: T[],
  awaiting: T[],
): { rows: EngineerRow<T>[]; others: T[] } {
  const rows = new Map<number, EngineerRow<T>>(engineers.map((e) => [e.id, { engineer: e, visits: [], awaiting: [] }]))
  const others: T[] = []
  for (const v of visits) {
    const row = v.assigneeId == null ? undefined : rows.get(v.assigneeId)
    if (row) {
      row.visits.push(v)
    } else {
      others.push(v)
    }
  }
  for (const a of awaiting) {
    const row = a.assigneeId == null ? undefined : rows.get(a.assigneeId)
    if (row) {
      row.awaiting.push(a)
    } else {
      others.push(a)
    }
  }
  for (const row of rows.values()) {
    row.visits = byTime(row.visits)
    row.awaiting.sort((a, b) => Date.parse(a.receivedAt ?? '') - Date.parse(b.receivedAt ?? '') || a.id - b.id)
  }
  return { rows: [...rows.values()], others }
}

/** An engineer's visits by Shanghai day, for the week view: every day of `days` present, each by time. */
export function visitsByDay<T extends BoardItem>(visits: T[], days: string[]): Map<string, T[]> {
  const result = new Map<string, T[]>(days.map((d) => [d, []]))
  for (const v of byTime(visits)) {
    if (v.scheduledAt) {
      result.get(shanghaiDay(v.scheduledAt))?.push(v)
    }
  }
  return result
}

/** Whether the server lets the caller dispatch (or hand off) this request now: the only drags the board allows. */
export function canDispatch(item: BoardItem): boolean {
  return item.allowedActions?.includes('dispatch') ?? false
}

/** Whether dropping `item` on `engineerId` would change anything: not onto the engineer who has it already. */
export function isNewAssignee(item: BoardItem, engineerId: number): boolean {
  return canDispatch(item) && item.assigneeId !== engineerId
}

/** The hour marks of the axis: 8, 9, … 20, each with its place in percent. */
export function hourMarks(axis: { startHour: number; endHour: number } = AXIS): { hour: number; at: number }[] {
  const span = axis.endHour - axis.startHour
  return Array.from({ length: span + 1 }, (_, i) => ({ hour: axis.startHour + i, at: (i / span) * 100 }))
}

import { ApiError } from '@/api/problem'
import { AXIS, type BoardItem, shanghaiDay, shanghaiTime } from './dispatchBoard'

/**
 * Moving an agreed visit (改约) on the dispatch board, without Vue: the time a drop on the day's axis means,
 * the same time on another day of the week, what the `reschedule` step is sent, and the conflicts the server
 * answers with (`409 schedule-conflict`). Times are Shanghai's, whatever the browser's zone.
 */

/** Where a visit is moved: to whom and when (an instant). */
export interface MoveTarget {
  engineerId: number
  scheduledAt: string
}

/** A clash the server found (requests/ScheduleConflict.java). */
export interface ScheduleConflict {
  kind: 'VISIT' | 'DAY_OFF'
  requestId?: number | null
  number?: string | null
  scheduledAt?: string | null
  day?: string | null
}

/** Drops snap to this many minutes. */
export const SLOT_MINUTES = 30

/** Whether the server lets the caller move this visit now. */
export function canReschedule(item: BoardItem): boolean {
  return item.allowedActions?.includes('reschedule') ?? false
}

/** The instant of `HH:mm` on a Shanghai day. */
export function at(day: string, minutes: number): string {
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0')
  const mm = String(minutes % 60).padStart(2, '0')
  return new Date(`${day}T${hh}:${mm}:00+08:00`).toISOString()
}

/**
 * The time a drop at `fraction` (0 top … 1 bottom) of a day's axis means: snapped to {@link SLOT_MINUTES},
 * no earlier than the axis' start and leaving a slot before its end.
 */
export function slotAt(day: string, fraction: number, axis: { startHour: number; endHour: number } = AXIS): string {
  const span = (axis.endHour - axis.startHour) * 60
  const f = Number.isFinite(fraction) ? Math.min(Math.max(fraction, 0), 1) : 0
  const minutes = Math.min(Math.round((f * span) / SLOT_MINUTES) * SLOT_MINUTES, span - SLOT_MINUTES)
  return at(day, axis.startHour * 60 + minutes)
}

/** The same Shanghai time of day as `instant`, on `day` (a drop on another day of the week view). */
export function sameTimeOn(day: string, instant: string): string {
  const [h, m] = shanghaiTime(instant).split(':').map(Number)
  return at(day, h * 60 + m)
}

/**
 * The body of the `reschedule` step: only what changes (the time, the engineer), the version read, and
 * `acceptConflicts` once the dispatcher has seen the conflicts; null when the drop changes nothing.
 */
export function moveBody(
  item: BoardItem & { version: number },
  target: MoveTarget,
  acceptConflicts = false,
): Record<string, unknown> | null {
  const body: Record<string, unknown> = { version: item.version }
  if (!item.scheduledAt || Date.parse(item.scheduledAt) !== Date.parse(target.scheduledAt)) {
    body.scheduledAt = new Date(target.scheduledAt).toISOString()
  }
  if (target.engineerId !== item.assigneeId) {
    body.assigneeId = target.engineerId
  }
  if (!('scheduledAt' in body) && !('assigneeId' in body)) {
    return null
  }
  if (acceptConflicts) {
    body.acceptConflicts = true
  }
  return body
}

/** The conflicts of a refused move, or null when the call failed for another reason. */
export function conflictsOf(error: unknown): ScheduleConflict[] | null {
  if (!(error instanceof ApiError) || error.status !== 409) {
    return null
  }
  const problem = error.problem as { type?: string; conflicts?: unknown } | undefined
  if (!problem?.type?.endsWith(':schedule-conflict') || !Array.isArray(problem.conflicts)) {
    return null
  }
  return problem.conflicts as ScheduleConflict[]
}

/** An instant as a `datetime-local` input shows it, in Shanghai: `2027-02-16T09:30`. */
export function toShanghaiInput(instant: string | null | undefined): string {
  return instant ? `${shanghaiDay(instant)}T${shanghaiTime(instant)}` : ''
}

/** A `datetime-local` input's value read as Shanghai time, as an instant; undefined when it is not one. */
export function fromShanghaiInput(value: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) {
    return undefined
  }
  const date = new Date(`${value}:00+08:00`)
  // a day that does not exist (02-30) would roll over into the next month: refused instead
  return Number.isNaN(date.getTime()) || toShanghaiInput(date.toISOString()) !== value ? undefined : date.toISOString()
}

// The rules the delivery site screen applies before it calls the server: contractors, progress notices, open days.
import type { ShownProblem } from '@/api/problem'

/** The field → reason of a problem, for the form items to show under each field. */
export function fieldErrors(problem: ShownProblem | null): Record<string, string> {
  const errors: Record<string, string> = {}
  for (const f of problem?.fields ?? []) {
    if (f.field && !(f.field in errors)) errors[f.field] = f.reason
  }
  return errors
}

/** The server's limits on a notice's photos: JPEG, PNG or WebP, at most 10 MiB each, at most 9. */
export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const
export const MAX_PHOTO_BYTES = 10 * 1024 * 1024
export const MAX_PHOTOS = 9

export interface PhotoProblem {
  name: string
  reason: 'type' | 'size' | 'count'
}

/**
 * Which of the chosen files the server would refuse, before anything is sent: a file not a picture of those
 * types, one too large, or those past the ninth (counting the photos already kept).
 */
export function photoProblems(files: { name: string; type: string; size: number }[], kept = 0): PhotoProblem[] {
  return files.flatMap((f, i): PhotoProblem[] => {
    if (!(PHOTO_TYPES as readonly string[]).includes(f.type)) return [{ name: f.name, reason: 'type' }]
    if (f.size <= 0 || f.size > MAX_PHOTO_BYTES) return [{ name: f.name, reason: 'size' }]
    if (kept + i >= MAX_PHOTOS) return [{ name: f.name, reason: 'count' }]
    return []
  })
}

/** The current month in Asia/Shanghai as yyyy-MM: a notice's default, and the latest it may be of. */
export function shanghaiMonth(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit' })
    .format(now).slice(0, 7)
}

/** A notice may be published once its month, title and text are written and no photo would be refused. */
export function mayPublish(form: { month: string; title: string; body: string }, problems: PhotoProblem[]): boolean {
  return /^\d{4}-\d{2}$/.test(form.month) && form.title.trim() !== '' && form.body.trim() !== '' && problems.length === 0
}

/** The most places of one open day (the server's OpenDays.MAX_CAPACITY). */
export const MAX_CAPACITY = 2000

export interface OpenDayForm {
  title: string
  place: string
  /** yyyy-MM-dd, the day in Shanghai */
  day: string
  /** HH:mm, Shanghai time */
  from: string
  to: string
  capacity: number | null
}

/** The body of POST …/open-days: the day and times read in Asia/Shanghai (UTC+8, no summer time). */
export function openDayBody(form: OpenDayForm) {
  const at = (time: string) => (form.day && time ? new Date(`${form.day}T${time}:00+08:00`).toISOString() : '')
  return {
    title: form.title.trim(),
    place: form.place.trim() || undefined,
    startsAt: at(form.from),
    endsAt: at(form.to),
    capacity: form.capacity ?? 0,
  }
}

/**
 * Attendance is recorded for an owner with a confirmed place. Whether the day has begun is the server's to say
 * (its clock, not the browser's): before it, the answer is a problem the screen shows.
 */
export function mayRecordAttendance(signUp: { status: string }): boolean {
  return signUp.status === 'CONFIRMED'
}

/** "confirmed/capacity" and the free places (never negative after a capacity was lowered). */
export function places(day: { capacity: number; confirmed: number }): { taken: string; free: number } {
  return { taken: `${day.confirmed}/${day.capacity}`, free: Math.max(0, day.capacity - day.confirmed) }
}

export interface SlotForm {
  /** HH:mm, Shanghai time */
  from: string
  to: string
  capacity: number | null
}

/** The body of POST …/open-days/{id}/slots: the times on the open day's own day in Asia/Shanghai. */
export function slotBody(dayStartsAt: string, form: SlotForm) {
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' })
    .format(new Date(dayStartsAt))
  const at = (time: string) => (time ? new Date(`${day}T${time}:00+08:00`).toISOString() : '')
  return { startsAt: at(form.from), endsAt: at(form.to), capacity: form.capacity ?? 0 }
}

/** The slot form filled with a slot's own time (HH:mm in Asia/Shanghai) and places, to change it. */
export function slotFormOf(slot: { startsAt: string; endsAt: string; capacity: number }): SlotForm {
  const hm = (iso: string) => new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', hour12: false })
    .format(new Date(iso))
  return { from: hm(slot.startsAt), to: hm(slot.endsAt), capacity: slot.capacity }
}

/** The body of PUT …/slots/{slotId}: the new time and places, and whether to cancel the owners it would take. */
export function slotChangeBody(dayStartsAt: string, form: SlotForm, cancelSignUps: boolean) {
  return { ...slotBody(dayStartsAt, form), cancelSignUps }
}

/**
 * The server's refusal to take owners' places without saying so (409 open-day-slot-signed-up): its words, naming how
 * many, to ask the staff member whether to cancel those sign-ups; null for any other answer.
 */
export function signedUpRefusal(problem: { type?: string; detail?: string; title?: string } | undefined, status: number): string | null {
  if (status !== 409 || !problem?.type?.endsWith(':open-day-slot-signed-up')) return null
  return problem.detail ?? problem.title ?? null
}

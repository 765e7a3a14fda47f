/** What the engineer fills in to complete a visit, as the COMPLETE step and the photo upload take it. */
export interface Completion {
  note: string
  warranty: 'IN_WARRANTY' | 'OUT_OF_WARRANTY'
  /** the charge in fen, outside warranty only */
  chargeFen?: number
  photo?: File
}

/** The largest photo the server takes (10 MiB). */
export const MAX_PHOTO_BYTES = 10 * 1024 * 1024
export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp']

/**
 * A charge typed in yuan (`128`, `128.5`, `128.50`) as integer fen; undefined when it is not an amount of
 * at most two decimals (the server then says what is missing).
 */
export function yuanToFen(text: string): number | undefined {
  const trimmed = text.trim()
  if (!/^\d{1,9}(\.\d{1,2})?$/.test(trimmed)) {
    return undefined
  }
  const [yuan, fraction = ''] = trimmed.split('.')
  return Number(yuan) * 100 + Number(fraction.padEnd(2, '0'))
}

/**
 * The form as the API takes it: the charge only outside warranty, the note trimmed. The photo is checked
 * here only for what the phone can tell at once (its type and size), the server checks its content.
 */
export function completion(
  form: { note: string; warranty: Completion['warranty']; charge: string },
  photo: File | undefined,
): { value: Completion; photoProblem: 'type' | 'size' | null } {
  const value: Completion = { note: form.note.trim(), warranty: form.warranty }
  if (form.warranty === 'OUT_OF_WARRANTY') {
    value.chargeFen = yuanToFen(form.charge)
  }
  let photoProblem: 'type' | 'size' | null = null
  if (photo) {
    if (!PHOTO_TYPES.includes(photo.type)) {
      photoProblem = 'type'
    } else if (photo.size > MAX_PHOTO_BYTES) {
      photoProblem = 'size'
    } else {
      value.photo = photo
    }
  }
  return { value, photoProblem }
}

/** What the engineer agrees with the owner (方案确认 of a repair): the visit's time, who comes, what it costs. */
export interface PlanForm {
  /** the visit as a `datetime-local` input gives it: Shanghai's wall clock, `2026-11-26T14:00` */
  time: string
  workers: string
  materials: string
  /** the price quoted to the owner in yuan, empty when there is none (the owner then has nothing to answer) */
  quote: string
  note: string
}

/** The AGREE_PLAN step's body as the API takes it. */
export interface Plan {
  scheduledAt: string
  workers?: string
  materials?: string
  quotedFen?: number
  note?: string
}

const WALL_CLOCK = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/

/** A wall-clock time in Shanghai (UTC+8 all year) as an ISO instant, or undefined when it is not one. */
export function shanghaiInstant(wallClock: string): string | undefined {
  const m = WALL_CLOCK.exec(wallClock.trim())
  if (!m) {
    return undefined
  }
  const [, y, mo, d, h, mi] = m.map(Number)
  const utc = Date.UTC(y, mo - 1, d, h - 8, mi)
  const back = new Date(utc + 8 * 3600_000)
  if (back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d || h > 23 || mi > 59) {
    return undefined
  }
  return new Date(utc).toISOString()
}

/**
 * The time a new plan proposes on the page's day: on today the next whole hour (at most 23:00, so the visit
 * stays on the day the engineer is looking at), on another day 09:00.
 */
export function proposedVisitTime(day: string, now: Date): string {
  const shanghai = new Date(now.getTime() + 8 * 3600_000)
  const today = shanghai.toISOString().slice(0, 10)
  if (day !== today) {
    return `${day}T09:00`
  }
  const hour = Math.min(shanghai.getUTCHours() + 1, 23)
  return `${day}T${String(hour).padStart(2, '0')}:00`
}

/** The form as the API takes it, or the fields the form can already tell are wrong (the server checks again). */
export function planOf(form: PlanForm): { value?: Plan; problems: ('time' | 'quote')[] } {
  const problems: ('time' | 'quote')[] = []
  const scheduledAt = shanghaiInstant(form.time)
  if (!scheduledAt) {
    problems.push('time')
  }
  let quotedFen: number | undefined
  if (form.quote.trim()) {
    quotedFen = yuanToFen(form.quote)
    if (quotedFen === undefined) {
      problems.push('quote')
    }
  }
  if (problems.length || !scheduledAt) {
    return { problems }
  }
  const value: Plan = { scheduledAt }
  const text = { workers: form.workers.trim(), materials: form.materials.trim(), note: form.note.trim() }
  for (const [key, v] of Object.entries(text) as [keyof typeof text, string][]) {
    if (v) {
      value[key] = v
    }
  }
  if (quotedFen !== undefined) {
    value.quotedFen = quotedFen
  }
  return { value, problems }
}

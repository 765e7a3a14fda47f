import { bodyOf, problemsOf, type FieldProblem } from './detail/actionForms'
import { fromShanghaiInput } from './reschedule'

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

/** The repair plan as the engineer types it on the phone. */
export interface PlanForm {
  /** a `datetime-local` value, Shanghai time */
  time: string
  materials: string
  workers: string
  outOfWarranty: boolean
  /** the quote in yuan, outside warranty only */
  quote: string
  note: string
}

/**
 * The `agree-plan` step of a repair from the phone's form, through the request detail's own rules
 * (`detail/actionForms.ts`: the fields, what is required, yuan to fen): the visit's time is read as Shanghai
 * time, and outside warranty the quote is required (the owner answers the plan and its price on the portal).
 */
export function planOf(form: PlanForm, version: number): { body: Record<string, unknown>; problems: FieldProblem[] } {
  const scheduledAt = fromShanghaiInput(form.time)
  const values = {
    scheduledAt,
    materials: form.materials,
    workers: form.workers,
    quotedYuan: form.outOfWarranty ? form.quote : undefined,
    note: form.note,
  }
  const problems = problemsOf('AGREE_PLAN', 'REPAIR', values)
  if (form.outOfWarranty && !form.quote.trim()) {
    problems.push({ field: 'quotedYuan', reason: 'required' })
  }
  return { body: problems.length ? {} : bodyOf('AGREE_PLAN', 'REPAIR', values, version), problems }
}

/**
 * The time a new plan proposes on the page's day: on today the next whole hour (at most 23:00, so the visit
 * stays on the day the engineer is looking at), on another day 09:00.
 */
export function proposedVisitTime(day: string, now: Date): string {
  const shanghai = new Date(now.getTime() + 8 * 3600_000)
  if (day !== shanghai.toISOString().slice(0, 10)) {
    return `${day}T09:00`
  }
  const hour = Math.min(shanghai.getUTCHours() + 1, 23)
  return `${day}T${String(hour).padStart(2, '0')}:00`
}

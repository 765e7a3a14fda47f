import type { RequestKind } from '@/api/types'

/**
 * The form of each lifecycle step (`POST /api/v1/requests/{id}/actions/{action}`), mirroring the records of
 * `requests/ActionCommand.java`: which fields a step has, which it needs, and the body it sends. The server
 * decides which steps the user may take (the request's `allowedActions`) and checks every rule again; the
 * form only spares the user a round trip for an empty required field.
 */

export type FieldKind =
  | 'textarea' | 'text' | 'select' | 'switch' | 'yesNo' | 'datetime' | 'integer' | 'yuan' | 'rating'
  | 'staff' | 'department' | 'request'

export interface FieldSpec {
  name: string
  kind: FieldKind
  required?: boolean
  /** the codes of a select; their labels are under `work.option.<name>.<code>` (or an API enum) */
  options?: readonly string[]
  /** the longest text the server takes */
  max?: number
  /** the body's field when it is not the form's (yuan typed, fen sent: `chargeYuan` → `chargeFen`) */
  sends?: string
}

export const CATEGORIES = [
  'FACILITY_FAILURE', 'HOUSING_QUALITY', 'PROPERTY_SERVICE', 'ENGINEERING_QUALITY', 'PLANNING_DESIGN',
  'SALES_MANAGEMENT', 'PROPERTY_MANAGEMENT', 'CUSTOMER_SERVICE', 'CHECK_OUT', 'OTHER',
] as const
export const CHANNELS = ['PHONE', 'WALK_IN', 'EMAIL', 'PORTAL', 'WECHAT', 'NIGHT_INTERCOM', 'DEPARTMENT', 'CITY_HOTLINE'] as const

const note = (required = false): FieldSpec => ({ name: 'note', kind: 'textarea', required, max: 4000 })

/** The steps staff tell the customer about unless they keep them internal (server: Action.TOLD_TO_THE_CUSTOMER). */
export const TOLD_TO_THE_CUSTOMER = new Set([
  'RESPOND', 'AGREE_PLAN', 'COMPLETE', 'ANSWER', 'VERIFY', 'REVISIT', 'ARCHIVE', 'REOPEN', 'CANCEL', 'NOTIFY_PROGRESS',
  'RESCHEDULE',
])

/**
 * The fields of a step (an `ActionCommand` record) for a request of this kind, the note last; a check-out request
 * (category `CHECK_OUT`) is answered with its outcome, granted or refused.
 */
export function fieldsOf(action: string, kind: RequestKind | undefined, category?: string): FieldSpec[] {
  switch (action) {
    case 'CLASSIFY':
      return [
        { name: 'category', kind: 'select', options: CATEGORIES, required: kind === 'REPAIR' || kind === 'COMPLAINT' },
        { name: 'componentCode', kind: 'text', max: 40 },
        { name: 'emergency', kind: 'switch' },
        note(),
      ]
    case 'DISPATCH':
      return [{ name: 'assigneeId', kind: 'staff' }, { name: 'department', kind: 'department', max: 40 }, note()]
    case 'INVESTIGATE':
      return [
        { name: 'cause', kind: 'textarea', required: true, max: 2000 },
        { name: 'responsibleParty', kind: 'select', options: ['DEVELOPER', 'CONTRACTOR', 'SUPPLIER', 'PROPERTY_COMPANY', 'CUSTOMER', 'OTHER'] },
        { name: 'severity', kind: 'select', options: ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'] },
        { name: 'scope', kind: 'text', max: 2000 },
        note(),
      ]
    case 'AGREE_PLAN':
      return kind === 'COMPLAINT'
        ? [
            { name: 'measures', kind: 'textarea', required: true, max: 2000 },
            { name: 'deadline', kind: 'datetime' },
            { name: 'solutionDepartment', kind: 'text', max: 40 },
            note(),
          ]
        : [
            { name: 'scheduledAt', kind: 'datetime', required: true },
            { name: 'materials', kind: 'text', max: 2000 },
            { name: 'workers', kind: 'text', max: 400 },
            { name: 'ownerNotifiedAt', kind: 'datetime' },
            { name: 'quotedYuan', kind: 'yuan', sends: 'quotedFen' },
            note(),
          ]
    case 'COMPLETE':
      return kind === 'REPAIR'
        ? [
            { name: 'warranty', kind: 'select', options: ['IN_WARRANTY', 'OUT_OF_WARRANTY'] },
            { name: 'chargeYuan', kind: 'yuan', sends: 'chargeFen' },
            note(),
          ]
        : [note()]
    case 'RESCHEDULE':
      return [
        { name: 'scheduledAt', kind: 'datetime' },
        { name: 'assigneeId', kind: 'staff' },
        { name: 'acceptConflicts', kind: 'switch' },
        note(),
      ]
    case 'VERIFY':
      return [{ name: 'satisfied', kind: 'yesNo', required: true }, { name: 'confirmedVia', kind: 'select', options: CHANNELS }, note()]
    case 'REVISIT':
      return [
        { name: 'satisfied', kind: 'yesNo', required: true },
        { name: 'satisfaction', kind: 'rating', required: true },
        { name: 'followedUp', kind: 'switch' },
        note(),
      ]
    case 'LINK':
      return [{ name: 'relatedRequestId', kind: 'request', required: true }, note()]
    case 'UPDATE_FACTS':
      return [
        { name: 'complainantCount', kind: 'integer' },
        { name: 'lawsuit', kind: 'select', options: ['NONE', 'LIKELY', 'FILED'] },
        { name: 'media', kind: 'select', options: ['NONE', 'LIKELY', 'EXPOSED'] },
        { name: 'needsSupport', kind: 'switch' },
        note(),
      ]
    case 'ANSWER':
      return category === 'CHECK_OUT' ? [{ name: 'granted', kind: 'yesNo', required: true }, note(true)] : [note(true)]
    case 'REOPEN':
    case 'CANCEL':
    case 'NOTE':
    case 'NOTIFY_PROGRESS':
      return [note(true)]
    default:
      return [note()]
  }
}

export type FormValues = Record<string, unknown>

/** A field's problem: its name and the message key of the reason. */
export interface FieldProblem {
  field: string
  reason: 'required' | 'tooLong' | 'notANumber' | 'oneOf'
}

function blank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '')
}

/** What the form can tell before asking the server: required fields, lengths, numbers, and either-or fields. */
export function problemsOf(action: string, kind: RequestKind | undefined, values: FormValues, category?: string): FieldProblem[] {
  const problems: FieldProblem[] = []
  for (const f of fieldsOf(action, kind, category)) {
    const v = values[f.name]
    if (f.required && blank(v)) {
      problems.push({ field: f.name, reason: 'required' })
    } else if (f.max && typeof v === 'string' && v.trim().length > f.max) {
      problems.push({ field: f.name, reason: 'tooLong' })
    } else if ((f.kind === 'yuan' || f.kind === 'integer') && !blank(v) && toNumber(f.kind, v) === undefined) {
      problems.push({ field: f.name, reason: 'notANumber' })
    }
  }
  if (action === 'DISPATCH' && blank(values.assigneeId) && blank(values.department)) {
    problems.push({ field: 'assigneeId', reason: 'oneOf' })
  }
  if (action === 'RESCHEDULE' && blank(values.scheduledAt) && blank(values.assigneeId)) {
    problems.push({ field: 'scheduledAt', reason: 'oneOf' })
  }
  if (action === 'UPDATE_FACTS' && ['complainantCount', 'lawsuit', 'media', 'needsSupport'].every((k) => blank(values[k]))) {
    problems.push({ field: 'complainantCount', reason: 'oneOf' })
  }
  return problems
}

/** Yuan as typed (`12.5`, `12.50`) to whole fen; an integer field as a whole number ≥ 1; else undefined. */
export function toNumber(kind: 'yuan' | 'integer', value: unknown): number | undefined {
  const text = String(value).trim()
  if (kind === 'yuan') {
    return /^\d{1,9}(\.\d{1,2})?$/.test(text) ? Math.round(Number(text) * 100) : undefined
  }
  return /^[1-9]\d{0,5}$/.test(text) ? Number(text) : undefined
}

/**
 * The body the step sends: the fields given (trimmed; blanks left out), the version read (optimistic
 * locking: a step taken on a stale page is refused with 409), and `internal` where staff keep a step the
 * customer would be told about off the customer's timeline. A note is always internal.
 */
export function bodyOf(action: string, kind: RequestKind | undefined, values: FormValues, version: number, category?: string): Record<string, unknown> {
  const body: Record<string, unknown> = { version }
  for (const f of fieldsOf(action, kind, category)) {
    const v = values[f.name]
    if (blank(v)) {
      continue
    }
    if (f.kind === 'yuan') {
      body[f.sends ?? f.name] = toNumber('yuan', v)
    } else if (f.kind === 'integer') {
      body[f.name] = toNumber('integer', v)
    } else if (f.kind === 'datetime') {
      body[f.name] = new Date(v as string | number | Date).toISOString()
    } else {
      body[f.name] = typeof v === 'string' ? v.trim() : v
    }
  }
  if (action === 'NOTE') {
    body.internal = true
  } else if (TOLD_TO_THE_CUSTOMER.has(action) && action !== 'NOTIFY_PROGRESS' && values.internal === true) {
    body.internal = true
  }
  return body
}

/** Whether the step's form offers "keep it internal": only for steps the customer would be told about. */
export function canKeepInternal(action: string): boolean {
  return TOLD_TO_THE_CUSTOMER.has(action) && action !== 'NOTIFY_PROGRESS'
}

/** `AGREE_PLAN` → `agree-plan`, the step's path name. */
export function pathName(action: string): string {
  return action.toLowerCase().replace(/_/g, '-')
}

/** The departments a request can be dispatched to: those of the staff listed, each once, sorted. */
export function departmentsOf(staff: { department?: string | null }[]): string[] {
  return [...new Set(staff.map((s) => s.department?.trim()).filter((d): d is string => !!d))].sort()
}

// The logic of the policy editor (系统管理 → 规则与时限), without Element Plus: what kind of input a value of a
// policy gets, ISO-8601 durations as hours and minutes, which fields changed between two versions, and where a
// server's field problem (`policy.limits[2].duration`) belongs in the form.

export type FieldKind =
  | 'number'
  | 'boolean'
  | 'anyBoolean' // true, false or "any" (null): a limit that applies to emergencies only, to others only, or to all
  | 'duration'
  | 'time'
  | 'choice' // one of known codes; null = any
  | 'choices' // several of known codes
  | 'texts' // several free words
  | 'text'
  | 'objects'
  | 'object'

const KINDS = ['CONSULTATION', 'REPAIR', 'COMPLAINT', 'SUGGESTION', 'PRAISE']
const CHANNELS = ['PHONE', 'WALK_IN', 'EMAIL', 'PORTAL', 'WECHAT', 'NIGHT_INTERCOM', 'DEPARTMENT', 'CITY_HOTLINE']
const STEPS = [
  'CLASSIFY', 'DISPATCH', 'RESPOND', 'INVESTIGATE', 'AGREE_PLAN', 'COMPLETE', 'ANSWER', 'VERIFY', 'REVISIT',
  'ARCHIVE', 'REOPEN', 'CANCEL', 'NOTIFY_PROGRESS',
]
/** The categories a time limit may name (the server's Category). */
const CATEGORIES = ['FACILITY_FAILURE', 'HOUSING_QUALITY', 'PROPERTY_SERVICE', 'ENGINEERING_QUALITY', 'PLANNING_DESIGN',
  'SALES_MANAGEMENT', 'PROPERTY_MANAGEMENT', 'CUSTOMER_SERVICE', 'CHECK_OUT', 'OTHER']
const DAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY']

/**
 * Fields whose value alone does not say what they hold (a null, a list of codes), by their name in the
 * policies of the server (TimeLimitPolicy.Limit, CalendarPolicy). `optionSet` names the i18n group of the
 * options' labels.
 */
export const FIELD_HINTS: Record<string, { kind: FieldKind; options?: string[]; optionSet?: string; nullable?: boolean }> = {
  emergency: { kind: 'anyBoolean', nullable: true },
  channel: { kind: 'choice', options: CHANNELS, optionSet: 'channel', nullable: true },
  kinds: { kind: 'choices', options: KINDS, optionSet: 'kind' },
  categories: { kind: 'choices', options: CATEGORIES, optionSet: 'category' },
  startOn: { kind: 'choice', options: ['REGISTERED', 'DEPARTMENT_RECEIVED', ...STEPS], optionSet: 'trigger' },
  stopOn: { kind: 'choices', options: ['REGISTERED', ...STEPS], optionSet: 'trigger' },
  onBreach: { kind: 'choice', options: ['NOTIFY', 'NOTIFY_AND_ESCALATE'], optionSet: 'onBreach' },
  workingDays: { kind: 'choices', options: DAYS, optionSet: 'weekday' },
}

const DURATION = /^PT(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?$/
const TIME = /^\d{2}:\d{2}(?::\d{2})?$/

/** The input a field gets: by its name where the name says more, else by its value. */
export function kindOf(key: string, value: unknown): FieldKind {
  const hint = FIELD_HINTS[key]
  if (hint) {
    return hint.kind
  }
  if (typeof value === 'number') return 'number'
  if (typeof value === 'boolean') return 'boolean'
  if (typeof value === 'string') {
    if (DURATION.test(value) && value !== 'PT') return 'duration'
    if (TIME.test(value)) return 'time'
    return 'text'
  }
  if (Array.isArray(value)) {
    return value.length > 0 && typeof value[0] === 'object' && value[0] !== null ? 'objects' : 'texts'
  }
  if (typeof value === 'object' && value !== null) return 'object'
  return 'text'
}

export interface HoursMinutes {
  hours: number
  minutes: number
}

/** `PT1H30M` → 1 h 30 min; days are written by Java as hours (`PT168H`). Null for what is not a duration. */
export function parseDuration(iso: string | null | undefined): HoursMinutes | null {
  const m = iso ? DURATION.exec(iso) : null
  if (!m) {
    return null
  }
  const seconds = Number(m[1] ?? 0) * 3600 + Number(m[2] ?? 0) * 60 + Math.round(Number(m[3] ?? 0))
  return { hours: Math.floor(seconds / 3600), minutes: Math.floor((seconds % 3600) / 60) }
}

/** 1 h 30 min → `PT1H30M`, 0 → `PT0S` (what java.time.Duration reads and writes). */
export function formatDuration({ hours, minutes }: HoursMinutes): string {
  const total = Math.max(0, Math.trunc(hours)) * 60 + Math.max(0, Math.trunc(minutes))
  if (total === 0) {
    return 'PT0S'
  }
  const h = Math.floor(total / 60)
  const min = total % 60
  return `PT${h ? `${h}H` : ''}${min ? `${min}M` : ''}`
}

/**
 * Every leaf path whose value differs between two versions of a policy, e.g. `limits.2.duration`; an item
 * added or removed from a list shows as that item's path.
 */
export function changedPaths(before: unknown, after: unknown, prefix = ''): string[] {
  if (isContainer(before) && isContainer(after) && Array.isArray(before) === Array.isArray(after)) {
    const keys = new Set([...Object.keys(before), ...Object.keys(after)])
    if (Array.isArray(before) && !isContainer(before[0]) && !isContainer((after as unknown[])[0])) {
      return JSON.stringify(before) === JSON.stringify(after) ? [] : [prefix.replace(/\.$/, '')]
    }
    return [...keys].flatMap((k) =>
      changedPaths((before as Record<string, unknown>)[k], (after as Record<string, unknown>)[k], `${prefix}${k}.`),
    )
  }
  return JSON.stringify(before) === JSON.stringify(after) ? [] : [prefix.replace(/\.$/, '')]
}

function isContainer(v: unknown): v is Record<string, unknown> | unknown[] {
  return typeof v === 'object' && v !== null
}

/** The form path of a server's field problem: `policy.limits[2].duration` → `limits.2.duration`. */
export function problemPath(field: string): string {
  return field.replace(/^policy\.?/, '').replace(/\[(\d+)]/g, '.$1')
}

/** The label key of a field: the last named segment (`limits.2.duration` → `duration`). */
export function fieldKey(path: string): string {
  const named = path.split('.').filter((s) => !/^\d+$/.test(s))
  return named[named.length - 1] ?? path
}

/** A deep copy to edit, so that the version shown stays as the server sent it until it is saved. */
export function draftOf<T>(policy: T): T {
  return JSON.parse(JSON.stringify(policy)) as T
}

/** A new item for a list of objects: the shape of its last item, emptied (numbers 0, lists empty, texts ''). */
export function blankLike(item: unknown): unknown {
  if (Array.isArray(item)) return []
  if (typeof item === 'number') return 0
  if (typeof item === 'boolean') return false
  if (typeof item === 'string') return DURATION.test(item) ? 'PT1H' : TIME.test(item) ? '09:00' : ''
  if (isContainer(item)) {
    return Object.fromEntries(Object.entries(item).map(([k, v]) => [k, blankField(k, v)]))
  }
  return null
}

function blankField(key: string, value: unknown): unknown {
  const hint = FIELD_HINTS[key]
  if (hint?.nullable) return null
  if (hint?.kind === 'choice') return hint.options?.[0] ?? null
  return blankLike(value)
}

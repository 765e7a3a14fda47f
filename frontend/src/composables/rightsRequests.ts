// The owner's rights requests (个人信息权利请求) as both apps read them: the due day's colour like the queues'
// countdowns, a correction's check before it is sent, and the addresses of the owner's copy of their data.

export type RightsKind = 'CORRECTION' | 'ERASURE'
export type RightsState = 'OPEN' | 'DONE' | 'REFUSED'
export type RightsAnswer = 'CORRECTED' | 'ERASED' | 'REFUSED' | 'OPEN_REQUESTS' | 'LEGAL_HOLD'
export type CorrectableField = 'name' | 'phone' | 'email' | 'wechat'

export const FIELDS: readonly CorrectableField[] = ['name', 'phone', 'email', 'wechat']
export const COPY_FORMATS = ['xlsx', 'json', 'csv'] as const

export interface Kept {
  what: string
  count?: number
  basis: string
}

export interface RightsRequest {
  id: number
  customerId: number
  customerName: string
  kind: RightsKind
  state: RightsState
  field?: CorrectableField | null
  proposedValue?: string | null
  note?: string | null
  channel: string
  makerName: string
  receivedAt: string
  dueOn: string
  overdue: boolean
  decidedAt?: string | null
  deciderName?: string | null
  answer?: RightsAnswer | null
  answerText?: string | null
  kept: Kept[]
  decidable: boolean
}

export interface DueReading {
  /** Element Plus's and Vant's tag types: danger past the day, warning within three days, success before */
  tone: 'success' | 'warning' | 'danger' | 'primary'
  overdue: boolean
  /** whole days left, or past the day when overdue */
  days: number
}

/** Today's date in Asia/Shanghai (yyyy-MM-dd) at `now` (ms). */
export function shanghaiToday(now: number): string {
  return new Date(now + 8 * 3600_000).toISOString().slice(0, 10)
}

function dayNumber(isoDate: string): number {
  return Math.round(Date.parse(isoDate + 'T00:00:00Z') / 86_400_000)
}

/** How a request's due day reads today: an answered one has no countdown (primary, 0 days). */
export function dueReading(r: Pick<RightsRequest, 'state' | 'dueOn'>, today: string): DueReading {
  if (r.state !== 'OPEN') {
    return { tone: 'primary', overdue: false, days: 0 }
  }
  const left = dayNumber(r.dueOn) - dayNumber(today)
  if (left < 0) {
    return { tone: 'danger', overdue: true, days: -left }
  }
  return { tone: left <= 3 ? 'warning' : 'success', overdue: false, days: left }
}

/** The message key of what is wrong with a correction before it is sent, or null (the server checks again). */
export function correctionProblem(field: CorrectableField | '', value: string): string | null {
  const v = value.trim()
  if (!field) {
    return 'rights.problem.field'
  }
  if (field === 'name' && (v.length === 0 || v.length > 100)) {
    return 'rights.problem.name'
  }
  if (field === 'phone' && v !== '' && !/^(1\d{10}|0\d{9,11})$/.test(v.replace(/[\s-]/g, ''))) {
    return 'rights.problem.phone'
  }
  if (field === 'email' && v !== '' && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(v)) {
    return 'rights.problem.email'
  }
  if (v.length > 100) {
    return 'rights.problem.long'
  }
  return null
}

/** The body of a new request: a correction names its field and value, an erasure only its note. */
export function requestBody(kind: RightsKind, field: CorrectableField | '', value: string, note: string) {
  const n = note.trim() ? { note: note.trim() } : {}
  return kind === 'CORRECTION' ? { kind, field, value: value.trim(), ...n } : { kind, ...n }
}

/** The owner's copy of their data (a download the browser makes with the session's cookie). */
export function copyHref(format: (typeof COPY_FORMATS)[number]): string {
  return '/api/v1/me/personal-data?format=' + format
}

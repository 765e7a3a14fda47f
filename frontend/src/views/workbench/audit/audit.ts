// The audit log screen's rules without its components: the search as the API's query, the export's address,
// the default period, and how an entry's detail reads in one line. The server checks every bound again.

/** The actions and record types the API knows (AuditAction, AuditQuery.RECORD_TYPES). */
export const ACTIONS = ['SIGN_IN', 'SIGN_IN_FAILED', 'REVEAL', 'EXPORT', 'IMPORT', 'CUSTOMER_CHANGED', 'ACCOUNT_CHANGED',
  'ACCESS_TOKEN_CHANGED', 'POLICY_CHANGED', 'CONSENT_CHANGED', 'RETENTION', 'LEGAL_HOLD', 'RIGHTS_REQUEST', 'CLUB_MEMBERSHIP', 'CLUB_POINTS', 'CLUB_ACTIVITY_SIGN_UP', 'WECHAT_ACCOUNT_CHANGED', 'OPEN_DAY_SLOT_CHANGED'] as const
export const RECORD_TYPES = ['CUSTOMER', 'ACCOUNT', 'ACCESS_TOKEN', 'POLICY', 'PROJECT', 'AUDIT_LOG', 'REQUEST', 'RIGHTS_REQUEST', 'CLUB_MEMBER', 'COMPANY', 'OPEN_DAY'] as const
/** The longest period one search may cover, in days (the server's AuditQuery.MAX_DAYS). */
export const MAX_DAYS = 366

export interface AuditFilters {
  person: string
  recordType: string
  recordId: string
  action: string
  from: string
  to: string
}

/** A calendar day in Shanghai as `yyyy-MM-dd`. */
export function shanghaiDay(at: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' })
    .format(at)
}

/** The last seven days up to today, in Shanghai. */
export function defaultFilters(now: Date): AuditFilters {
  const weekAgo = new Date(now.getTime() - 6 * 24 * 3600 * 1000)
  return { person: '', recordType: '', recordId: '', action: '', from: shanghaiDay(weekAgo), to: shanghaiDay(now) }
}

/** The search as the API's query parameters: empty filters left out, text trimmed. */
export function auditQuery(f: AuditFilters): Record<string, string> {
  const query: Record<string, string> = { from: f.from, to: f.to }
  const put = (key: string, value: string) => {
    if (value.trim() !== '') query[key] = value.trim()
  }
  put('person', f.person)
  put('recordType', f.recordType)
  put('recordId', f.recordId)
  put('action', f.action)
  return query
}

/** The address of the same search as CSV, opened by the browser with the session's cookie. */
export function exportHref(f: AuditFilters): string {
  return '/api/v1/audit-log/export?' + new URLSearchParams(auditQuery(f)).toString()
}

/** An entry's detail in one line: `name: 钱先生 → 钱文华; phone: 139****5111 → 139****5222`, else its facts. */
export function detailLine(detail: Record<string, unknown> | undefined): string {
  if (!detail) return ''
  const before = asRecord(detail.before)
  const after = asRecord(detail.after)
  if (before || after) {
    const fields = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])]
    if (fields.length && fields.every((k) => typeof (before ?? {})[k] !== 'object' && typeof (after ?? {})[k] !== 'object')) {
      return fields.map((k) => `${k}: ${text((before ?? {})[k])} → ${text((after ?? {})[k])}`).join('; ')
    }
  }
  return Object.entries(detail)
    .filter(([, v]) => v !== null && v !== undefined && v !== '')
    .map(([k, v]) => `${k}: ${typeof v === 'object' ? JSON.stringify(v) : String(v)}`)
    .join('; ')
}

function asRecord(value: unknown): Record<string, unknown> | null {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null
}

function text(value: unknown): string {
  return value === undefined || value === null ? '—' : String(value)
}

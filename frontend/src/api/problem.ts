/** An RFC 9457 problem as the API answers it, in the language of the request's Accept-Language. */
export interface Problem {
  type?: string
  title?: string
  status?: number
  detail?: string
  errors?: { field?: string; reason?: string }[]
  /** a 429's wait (extension member) */
  retryAfterSeconds?: number
  /** a 409 choose-company's companies, [{id, name}] (extension member) */
  companies?: unknown
}

/** What a screen shows for a failed call: one message and, for bad input, each field with its reason. */
export interface ShownProblem {
  message: string
  fields: { field: string; reason: string }[]
  status?: number
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem | undefined,
  ) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`)
  }
}

export function isProblem(body: unknown): body is Problem {
  return typeof body === 'object' && body !== null && ('title' in body || 'detail' in body || 'type' in body)
}

/**
 * The problem's own words first (the server wrote them in the user's language), the status' generic message
 * of the app's catalogue only when the server said nothing, e.g. a proxy's bare 502.
 */
export function showProblem(error: unknown, t: (key: string) => string): ShownProblem {
  if (error instanceof ApiError) {
    const p = error.problem
    const message = p?.detail || p?.title || t('common.error')
    const fields = (p?.errors ?? [])
      .filter((e) => e.field || e.reason)
      .map((e) => ({ field: e.field ?? '', reason: e.reason ?? '' }))
    return { message, fields, status: error.status }
  }
  if (error instanceof TypeError) {
    return { message: t('common.networkError'), fields: [] }
  }
  return { message: t('common.error'), fields: [] }
}

import { fetchOrEarly } from './early'
import createClient, { type Middleware } from 'openapi-fetch'
import type { paths } from './schema'
import { ApiError, isProblem } from './problem'
import { locale } from '@/i18n'
import { stepAfterPassword, type SignInStep } from './signInStep'

/** The value of the XSRF-TOKEN cookie that Spring Security sets on every answer to a browser session. */
export function xsrfToken(cookies = document.cookie): string | undefined {
  const entry = cookies.split('; ').find((c) => c.startsWith('XSRF-TOKEN='))
  return entry ? decodeURIComponent(entry.substring('XSRF-TOKEN='.length)) : undefined
}

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS'])

let onUnauthenticated: () => void = () => {}

/** What the app does when a call answers 401 (the session ended): back to its sign-in screen. */
export function whenUnauthenticated(handler: () => void) {
  onUnauthenticated = handler
}

/**
 * Every call: the user's language (problems come back in it), the CSRF header on writes, and a failure
 * turned into an ApiError carrying the RFC 9457 problem.
 */
const session: Middleware = {
  onRequest({ request }) {
    request.headers.set('Accept-Language', locale() === 'en' ? 'en' : 'zh-CN')
    // a 401 then comes without a Basic challenge, which would open the browser's password dialog
    request.headers.set('X-Requested-With', 'XMLHttpRequest')
    const token = xsrfToken()
    if (!SAFE.has(request.method) && token) {
      request.headers.set('X-XSRF-TOKEN', token)
    }
    return request
  },
  async onResponse({ response, request }) {
    if (response.ok) {
      return response
    }
    const body = await response
      .clone()
      .json()
      .catch(() => undefined)
    if (response.status === 401 && !request.url.endsWith('/api/v1/session')) {
      onUnauthenticated()
    }
    throw new ApiError(response.status, isProblem(body) ? body : undefined)
  },
}

/** The API, typed by the description in openapi.json (src/api/schema.d.ts is generated from it). */
// (the portal's first calls may have been asked for before the app arrived: api/early.ts)
export const api = createClient<paths>({ baseUrl: '', credentials: 'same-origin', fetch: fetchOrEarly })
api.use(session)

/** The XSRF-TOKEN cookie's value; the first visit has no cookie yet, and any answer sets it. */
export async function ensureXsrfToken(): Promise<string | undefined> {
  if (!xsrfToken()) {
    await fetch('/api/v1/me', { credentials: 'same-origin', headers: { 'X-Requested-With': 'XMLHttpRequest' } }).catch(
      () => undefined,
    )
  }
  return xsrfToken()
}

/** Form login (Spring Security's form, not in the API description): 204 when signed in. */
export async function signIn(username: string, password: string): Promise<SignInStep> {
  const form = new URLSearchParams({ username, password })
  const headers: Record<string, string> = {
    'Content-Type': 'application/x-www-form-urlencoded',
    'Accept-Language': locale() === 'en' ? 'en' : 'zh-CN',
    'X-Requested-With': 'XMLHttpRequest',
  }
  const token = await ensureXsrfToken()
  if (token) {
    headers['X-XSRF-TOKEN'] = token
  }
  const response = await fetch('/api/v1/session', { method: 'POST', body: form, headers, credentials: 'same-origin' })
  if (!response.ok) {
    const body = await response.json().catch(() => undefined)
    throw new ApiError(response.status, isProblem(body) ? body : undefined)
  }
  return stepAfterPassword(response.status, response.status === 204 ? null : await response.json())
}

export async function signOut(): Promise<void> {
  const token = xsrfToken()
  await fetch('/api/v1/session/logout', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'X-Requested-With': 'XMLHttpRequest', ...(token ? { 'X-XSRF-TOKEN': token } : {}) },
  })
}

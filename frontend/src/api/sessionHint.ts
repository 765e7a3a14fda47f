/**
 * A hint, readable by the page and holding no secret, of whether this browser is signed in and as whom (`owner`
 * or `staff`): a cookie of the browser session, like the session cookie itself (which the page cannot read),
 * written when `GET /api/v1/me` answers and removed when it answers 401 or at sign-out. The owner portal uses it
 * to show its first screen without waiting a round trip for that answer — the sign-in form when nobody is signed
 * in, the owner's requests (asked for at once, beside the check) when an owner is; the check still decides
 * (docs/performance.md, "Web budgets"). Forging it gains nothing: every call is still checked by the server.
 */
export type SessionHint = 'owner' | 'staff'

export const SESSION_HINT_COOKIE = 'estatecare-signed-in'

/** The hint in a `document.cookie` string, or null when there is none (or not one of ours). */
export function readSessionHint(cookies: string = document.cookie): SessionHint | null {
  for (const part of cookies.split(';')) {
    const [name, value] = part.trim().split('=')
    if (name === SESSION_HINT_COOKIE && (value === 'owner' || value === 'staff')) {
      return value
    }
  }
  return null
}

/** The cookie that sets the hint, or removes it (null). */
export function sessionHintCookie(hint: SessionHint | null): string {
  return hint
    ? `${SESSION_HINT_COOKIE}=${hint}; Path=/; SameSite=Strict`
    : `${SESSION_HINT_COOKIE}=; Path=/; SameSite=Strict; Max-Age=0`
}

export function writeSessionHint(hint: SessionHint | null): void {
  if (typeof document !== 'undefined' && readSessionHint() !== hint) {
    document.cookie = sessionHintCookie(hint)
  }
}

/**
 * How the portal opens its first screen before the session check has answered: `show` the screen asked for at
 * once (an owner was signed in), send to `sign-in` at once (nobody was), or `wait` for the check (staff, who are
 * sent on to the workbench).
 */
export function firstScreenWithoutTheCheck(hint: SessionHint | null, to: string | null | undefined): 'show' | 'sign-in' | 'wait' {
  if (to === 'sign-in' || to === 'not-found') {
    return 'show'
  }
  if (hint === 'owner') {
    return 'show'
  }
  return hint === null ? 'sign-in' : 'wait'
}

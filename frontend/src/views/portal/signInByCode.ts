/**
 * The rules of the portal's sign-in by phone number and one-time code that need no screen: what counts as a
 * mainland mobile number and as a code (the server decides; these only spare the owner a round trip), and the
 * countdown before another code may be asked for.
 */

/** Spaces, dashes and a leading +86 / 86 are accepted, as the server accepts them. */
export function normalisePhone(input: string): string {
  const compact = input.replace(/[\s-]/g, '')
  return compact.replace(/^(\+86|0086|86)(?=1\d{10}$)/, '')
}

/** An 11-digit mainland mobile number (1, then 3–9, then nine digits) once normalised. */
export function isMobile(input: string): boolean {
  return /^1[3-9]\d{9}$/.test(normalisePhone(input))
}

/** Exactly six digits. */
export function isCode(input: string): boolean {
  return /^\d{6}$/.test(input.trim())
}

/**
 * Seconds to wait before another code may be asked for. Started with the server's {@code resendAfterSeconds}
 * (or a 429's {@code retryAfterSeconds}); reads the clock each time, so a tab put to sleep by the phone
 * still shows the right number when it wakes.
 */
export class Countdown {
  private until = 0

  constructor(private readonly now: () => number = Date.now) {}

  start(seconds: number | undefined): void {
    const whole = Number.isFinite(seconds) && (seconds as number) > 0 ? Math.ceil(seconds as number) : 0
    this.until = this.now() + whole * 1000
  }

  /** Whole seconds left, 0 when a code may be asked for again. */
  remaining(): number {
    return Math.max(0, Math.ceil((this.until - this.now()) / 1000))
  }

  get running(): boolean {
    return this.remaining() > 0
  }
}

/** The wait a 429 problem names: its retryAfterSeconds extension member, if it is a positive number. */
export function retryAfterOf(problem: { retryAfterSeconds?: unknown } | undefined): number | undefined {
  const seconds = problem?.retryAfterSeconds
  return typeof seconds === 'number' && seconds > 0 ? seconds : undefined
}

export interface Company {
  id: number
  name: string
}

/** The companies a 409 choose-company problem lists; anything malformed is left out. */
export function companiesOf(problem: { companies?: unknown } | undefined): Company[] {
  const list = problem?.companies
  if (!Array.isArray(list)) {
    return []
  }
  return list.filter(
    (c): c is Company => typeof c === 'object' && c !== null && typeof c.id === 'number' && typeof c.name === 'string',
  )
}

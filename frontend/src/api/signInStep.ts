/** What the sign-in form's password step answered: signed in, or the second step that must follow. */
export type SignInStep = 'DONE' | 'CODE' | 'ENROL'

/** The next step named by the password's answer: 204 signed in, 200 with {secondFactor: CODE | ENROL}. */
export function stepAfterPassword(status: number, body: unknown): SignInStep {
  if (status === 204) {
    return 'DONE'
  }
  const step = (body as { secondFactor?: unknown } | null)?.secondFactor
  if (step === 'CODE' || step === 'ENROL') {
    return step
  }
  throw new Error('unexpected answer to the sign-in: ' + status)
}

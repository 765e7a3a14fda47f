/** A row or request with the steps the server says its owner may take now. */
export interface WithSteps {
  allowedActions?: string[] | null
}

/**
 * Whether a request waits on its owner: the server lists a step they may take now (a plan to answer, finished
 * work to confirm). Never guessed from the status in the browser.
 */
export function waitsOnMe(request: WithSteps | null | undefined): boolean {
  return (request?.allowedActions?.length ?? 0) > 0
}

/** The message key of what the owner is asked to do: the first step the server allows, or a general one. */
export function waitingStep(request: WithSteps | null | undefined, known: (key: string) => boolean): string {
  const step = request?.allowedActions?.[0]
  if (!step) {
    return ''
  }
  const key = 'waiting.steps.' + step.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())
  return known(key) ? key : 'waiting.step'
}

/** The tab's badge: the number waiting, "99+" beyond, nothing when none (or more than a page: `more`). */
export function badgeOf(count: number, more = false): string {
  if (count <= 0) {
    return ''
  }
  return more || count > 99 ? '99+' : String(count)
}

/** The card of the detail that stands at the top: the plan while it may be answered, else the work to confirm. */
export function topCard(request: WithSteps | null | undefined): 'plan' | 'work' | '' {
  const steps = request?.allowedActions ?? []
  return steps.includes('confirm-plan') ? 'plan' : steps.includes('verify') ? 'work' : ''
}

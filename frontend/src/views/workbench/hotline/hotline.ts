import type { ClockSnapshot } from '@/composables/countdown'

/** The states of a hotline deadline as the API names them: open ones count down, done ones are met or late. */
export type DeadlineState = 'RUNNING' | 'WARNING' | 'BREACHED' | 'MET' | 'MET_LATE'

/** One of a case's two deadlines (contact the citizen, reply to the hotline), as the API answers it. */
export interface Deadline {
  state?: DeadlineState
  warnAt?: string
  dueAt?: string
  doneAt?: string | null
}

/** Which cases the list shows, in the address as `?state=`. */
export const FILTERS = ['ALL', 'OPEN', 'OVERDUE'] as const
export type Filter = (typeof FILTERS)[number]

export function filterOf(query: unknown): Filter {
  return FILTERS.includes(query as Filter) ? (query as Filter) : 'OPEN'
}

/**
 * An open deadline as a queue countdown reads it (green, amber, red, by the browser's clock from then on);
 * undefined once it is done: the screen then shows when, met or late.
 */
export function asClock(deadline: Deadline | undefined, limit: string, requestId: number, fetchedAt: number): ClockSnapshot | undefined {
  if (!deadline?.dueAt || !deadline.state || deadline.state === 'MET' || deadline.state === 'MET_LATE') {
    return undefined
  }
  return { requestId, limit, name: limit, state: deadline.state, warnAt: deadline.warnAt ?? null, dueAt: deadline.dueAt, fetchedAt }
}

/** The steps a reader may take now are the server's word (`allowed`), never guessed from the state. */
export function may(allowed: readonly string[] | undefined, step: 'contacted' | 'draft' | 'approve' | 'reject'): boolean {
  return (allowed ?? []).includes(step)
}

/** A draft is sent only with words in it, and no longer than the server takes. */
export const MAX_TEXT = 4000
export function draftProblem(text: string): 'required' | 'tooLong' | null {
  const trimmed = text.trim()
  if (!trimmed) return 'required'
  return trimmed.length > MAX_TEXT ? 'tooLong' : null
}

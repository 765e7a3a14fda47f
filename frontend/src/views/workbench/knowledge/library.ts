// The case library screens' rules without a screen (客服案例库, 投诉预案): the relevance of a hit as people read it,
// which tab the address opens, what a reader may do with a case, whether a request may be proposed as one, and the
// body of a contingency plan as a manager wrote it.
import type { Role } from '@/api/types'

export type CaseStatus = 'PROPOSED' | 'APPROVED' | 'REJECTED'
export const TABS = ['search', 'PROPOSED', 'APPROVED', 'REJECTED'] as const
export type Tab = (typeof TABS)[number]

/** Who reviews and edits cases (the server's rule on /api/v1/cases/{id}/approve and PUT /api/v1/cases/{id}). */
export const REVIEWERS: readonly Role[] = ['MANAGER', 'ADMIN', 'HQ']
/** Who writes a case from scratch (the server's rule on POST /api/v1/cases). */
export const WRITERS: readonly Role[] = ['MANAGER', 'ADMIN']
/** Who keeps the synonym sets (the server's rule on POST/PUT/DELETE /api/v1/case-synonyms). */
export const SYNONYM_EDITORS: readonly Role[] = ['ADMIN']
/** Who proposes a closed complaint (the server's rule on POST /api/v1/cases/proposals). */
export const PROPOSERS: readonly Role[] = ['AGENT', 'HANDLER', 'MANAGER', 'HQ', 'ADMIN']
/** Who writes contingency plans (the server's rule on POST/PUT/DELETE /api/v1/contingency-plans). */
export const PLAN_WRITERS: readonly Role[] = ['MANAGER', 'ADMIN']
/** The statuses of a complaint whose work is done: what the server accepts for a proposal. */
export const CLOSED = ['DONE', 'VERIFIED', 'REVISITED', 'ARCHIVED'] as const

/** The tab an address names (`?tab=PROPOSED`); anything else is the search. */
export function tabOf(value: unknown): Tab {
  return (TABS as readonly string[]).includes(value as string) ? (value as Tab) : 'search'
}

/** A search as sent: trimmed, at most 200 characters (the API's bound), or null when there is nothing to ask. */
export function searchable(q: string | null | undefined): string | null {
  const text = (q ?? '').trim()
  return text === '' ? null : text.slice(0, 200)
}

/**
 * Each hit's relevance as a share of the best one, 1–100 (PostgreSQL's ts_rank_cd has no fixed scale, so only
 * the comparison within one answer means something).
 */
export function relevance(ranks: readonly number[]): number[] {
  const best = Math.max(0, ...ranks)
  return ranks.map((r) => (best <= 0 ? 0 : Math.max(1, Math.round((r / best) * 100))))
}

/**
 * What a reader may do with a case: edit its texts (proposed or in the library) and review it (proposed, and not
 * their own: the server's four-eyes rule, decision 043).
 */
export function caseActions(status: CaseStatus | undefined, has: (roles: readonly Role[]) => boolean, own = false) {
  const reviewer = has(REVIEWERS)
  return {
    edit: reviewer && (status === 'PROPOSED' || status === 'APPROVED'),
    review: reviewer && status === 'PROPOSED' && !own,
  }
}

/** A case as a manager writes it, as sent: texts trimmed, blank optional texts and no category left out. */
export interface CaseDraft {
  problem: string
  cause: string
  solution: string
  lessons: string
  category: string | null
}

export function caseBody(draft: CaseDraft) {
  const optional = (text: string) => (text.trim() === '' ? undefined : text.trim())
  return {
    problem: draft.problem.trim(),
    cause: optional(draft.cause),
    solution: optional(draft.solution),
    lessons: optional(draft.lessons),
    category: draft.category || undefined,
  }
}

/**
 * The terms of a synonym set as typed: split at spaces, commas and 、 (any width), trimmed, repeats left out. The
 * server checks each (letters and digits, 1–40) and their number (2–20).
 */
export function synonymTerms(text: string): string[] {
  return [...new Set(text.split(/[\s,，、;；]+/u).map((s) => s.trim()).filter((s) => s !== ''))]
}

/** Whether the caller may change a set: an administrator, the group's sets from the group, a company's its own. */
export function mayEditSet(set: { shared?: boolean }, companyId: number | null | undefined, admin: boolean): boolean {
  return admin && (set.shared === true) === (companyId == null)
}

export interface ProposableRequest {
  kind?: string
  status?: string
  knowledgeCase?: { id: number; status: CaseStatus; reviewNote?: string | null } | null
}

/** Whether the request's page offers "推荐为案例": a closed complaint without a case, or whose case was returned. */
export function mayPropose(request: ProposableRequest, has: (roles: readonly Role[]) => boolean): boolean {
  if (request.kind !== 'COMPLAINT' || !(CLOSED as readonly string[]).includes(request.status ?? '')) return false
  if (!has(PROPOSERS)) return false
  return !request.knowledgeCase || request.knowledgeCase.status === 'REJECTED'
}

export interface PlanDraft {
  title: string
  category: string | null
  triggerDescription: string
  steps: string[]
  responsibleRoles: Role[]
  active: boolean
  version?: number
}

/** A plan's body as sent: texts trimmed, blank steps left out (the server refuses blank ones), no category as null. */
export function planBody(draft: PlanDraft) {
  return {
    title: draft.title.trim(),
    category: draft.category || undefined,
    triggerDescription: draft.triggerDescription.trim(),
    steps: draft.steps.map((s) => s.trim()).filter((s) => s !== ''),
    responsibleRoles: [...new Set(draft.responsibleRoles)],
    active: draft.active,
    version: draft.version,
  }
}

/** Moves step `i` one place up (-1) or down (+1); a move past either end changes nothing. */
export function moved<T>(list: readonly T[], i: number, by: -1 | 1): T[] {
  const j = i + by
  if (i < 0 || i >= list.length || j < 0 || j >= list.length) return [...list]
  const copy = [...list]
  ;[copy[i], copy[j]] = [copy[j]!, copy[i]!]
  return copy
}

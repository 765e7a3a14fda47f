// The call-back button's rules (回拨): who is offered it, what it sends, and the number shown only for a while.

/** Roles the server may let reveal a full number (an engineer only while dispatched to the customer). */
export const REVEALERS = ['AGENT', 'MANAGER', 'HQ', 'ENGINEER'] as const
export const REASONS = ['CALL_BACK', 'ON_SITE_VISIT', 'LEGAL', 'OTHER'] as const
export type RevealReason = (typeof REASONS)[number]
/** How long the revealed number stays on screen, in seconds. */
export const SHOWN_FOR = 30

/** The body of `POST /api/v1/customers/{id}/reveal`: text only for OTHER, trimmed. */
export function revealBody(reason: RevealReason, text: string): { field: 'phone'; reason: RevealReason; text?: string } {
  const trimmed = text.trim()
  return reason === 'OTHER' && trimmed ? { field: 'phone', reason, text: trimmed } : { field: 'phone', reason }
}

/** The `tel:` address of a number: digits (and a leading +) only. */
export function dialHref(phone: string): string {
  return 'tel:' + phone.replace(/[^\d+]/g, '')
}

// 法律冻结: who may put or release a hold (the server's LegalHoldRoles), and the body it takes.

export const HOLDERS = ['MANAGER', 'HQ', 'ADMIN'] as const
/** The longest reason the server keeps (LegalHold.REASON_MAX). */
export const REASON_MAX = 500

export type HeldRecord = 'requests' | 'customers'

export interface LegalHoldState {
  held?: boolean
  reason?: string | null
  by?: string | null
  at?: string | null
}

/** The reason as sent: trimmed; null when there is none, so the form stays disabled. */
export function reasonBody(reason: string): { reason: string } | null {
  const trimmed = reason.trim()
  return trimmed && trimmed.length <= REASON_MAX ? { reason: trimmed } : null
}

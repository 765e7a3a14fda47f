import type { components } from '@/api/schema'

export type Deal = components['schemas']['Deal']
export type PurchaseStep = components['schemas']['PurchaseStep']
export type Instalment = components['schemas']['Instalment']
export type Track = 'LOAN' | 'CERTIFICATE'

export const SOURCES = ['WALK_IN', 'REFERRAL', 'ONLINE', 'EVENT', 'PHONE', 'OTHER'] as const
export const FOLLOW_UP_CHANNELS = ['VISIT', 'PHONE', 'WECHAT', 'SMS', 'OTHER'] as const
export const CHECK_OUT_CHANNELS = ['WALK_IN', 'PHONE', 'EMAIL', 'WECHAT'] as const
export const TRACKS: readonly Track[] = ['LOAN', 'CERTIFICATE']

/** An amount in fen as yuan with two decimals and thousands grouped: 300000000 → 3,000,000.00. */
export function yuan(fen: number | null | undefined, locale = 'zh-CN'): string {
  if (fen == null) return ''
  return new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })
    .format(fen / 100)
}

/**
 * Yuan as typed (3000000, 3,000,000.5) in fen, or the text itself when it is not an amount with at most two decimals:
 * the server then names the field (a negative amount goes to it as typed, to be refused there as well).
 */
export function toFen(typed: string | number | null | undefined): number | string | null {
  if (typed == null || String(typed).trim() === '') return null
  const text = String(typed).replace(/[,，\s]/g, '')
  if (!/^-?\d+(\.\d{1,2})?$/.test(text)) return text
  const [whole, part = ''] = text.replace('-', '').split('.')
  const fen = Number(whole) * 100 + Number((part + '00').substring(0, 2))
  return text.startsWith('-') ? -fen : fen
}

/** The steps of a track in their order. */
export function stepsOf(steps: readonly PurchaseStep[] | undefined, track: Track): PurchaseStep[] {
  return (steps ?? []).filter((s) => s.track === track).sort((a, b) => (a.order ?? 0) - (b.order ?? 0))
}

/** The step to record next on a track (the first not done), or none when all are done. */
export function nextStep(steps: readonly PurchaseStep[] | undefined, track: Track): PurchaseStep | undefined {
  return stepsOf(steps, track).find((s) => !s.doneOn)
}

/** How far a track is: the number of steps done, for a van-steps' active index. */
export function doneCount(steps: readonly PurchaseStep[] | undefined, track: Track): number {
  return stepsOf(steps, track).filter((s) => !!s.doneOn).length
}

/** The colour of an instalment's state: paid green, overdue red, the rest plain. */
export function instalmentTag(state: Instalment['state']): 'success' | 'danger' | 'warning' | 'info' {
  switch (state) {
    case 'PAID':
      return 'success'
    case 'OVERDUE':
      return 'danger'
    case 'PARTLY_PAID':
      return 'warning'
    default:
      return 'info'
  }
}

/** The instalments still owed something, for the payment form. */
export function owed(deal: Deal | undefined): Instalment[] {
  return (deal?.instalments ?? []).filter((i) => (i.paidFen ?? 0) < (i.amountFen ?? 0))
}

import type { TimelineEntry } from '@/api/types'

type Translate = (key: string, values?: Record<string, unknown>) => string

const yuan = new Map<string, Intl.NumberFormat>()

/** An amount in fen as money in yuan, `¥350.00`, the same in both languages. */
export function formatFen(fen: number | null | undefined, locale = 'zh-CN'): string {
  if (fen === null || fen === undefined || !Number.isFinite(fen)) {
    return ''
  }
  let format = yuan.get(locale)
  if (!format) {
    format = new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'zh-CN', {
      style: 'currency',
      currency: 'CNY',
      currencyDisplay: 'narrowSymbol',
    })
    yuan.set(locale, format)
  }
  return format.format(fen / 100)
}

/**
 * What a step on the owner's timeline decided, in a few words beside its name: the owner's answer to a plan, a
 * quoted price, their verdict on the work and its rating. Empty for a step that only happened.
 */
export function entrySummary(entry: TimelineEntry, t: Translate, locale = 'zh-CN'): string {
  const d = entry.details ?? {}
  const parts: string[] = []
  if (entry.action === 'CONFIRM_PLAN' && typeof d.accepted === 'boolean') {
    parts.push(t(d.accepted ? 'follow.detailAccepted' : 'follow.detailRejected'))
  }
  if ((entry.action === 'AGREE_PLAN' || entry.action === 'CONFIRM_PLAN') && typeof d.quotedFen === 'number') {
    parts.push(`${t('follow.quote')} ${formatFen(d.quotedFen, locale)}`)
  }
  if (entry.action === 'VERIFY' && typeof d.satisfied === 'boolean') {
    parts.push(t(d.satisfied ? 'follow.detailSatisfied' : 'follow.detailNotSatisfied'))
  }
  if (entry.action === 'VERIFY' && typeof d.rating === 'number') {
    parts.push(t('follow.stars', { n: d.rating }))
  }
  if (entry.action === 'COMPLETE' && typeof d.chargeFen === 'number' && d.chargeFen > 0) {
    parts.push(`${t('follow.charge')} ${formatFen(d.chargeFen, locale)}`)
  }
  return parts.join(' · ')
}

/** Whether the owner may take a step now: the server's allowedActions, never guessed. */
export function mayTake(request: { allowedActions?: string[] } | null, action: string): boolean {
  return !!request?.allowedActions?.includes(action)
}

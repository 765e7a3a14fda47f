// The delivery log's query and what a row may do, kept apart from the screens for Vitest.

export const STATES = ['PENDING', 'SENT', 'FAILED', 'SKIPPED'] as const
export const CHANNELS = ['EMAIL', 'SMS', 'WECHAT'] as const

export interface OutboxFilters {
  state: string
  channel: string
  number: string
}

/** The list's query: only the filters that are set; a request number trimmed and upper-cased. */
export function outboxQuery(filters: OutboxFilters): Record<string, string> {
  const query: Record<string, string> = {}
  if (filters.state) query.state = filters.state
  if (filters.channel) query.channel = filters.channel
  const number = filters.number.trim().toUpperCase()
  if (number) query.number = number.slice(0, 40)
  return query
}

/** Only a failed message is sent again, and only by those the server lets (managers, HQ, administrators). */
export function canRetry(state: string, roles: readonly string[]): boolean {
  return state === 'FAILED' && roles.some((r) => r === 'ADMIN' || r === 'MANAGER' || r === 'HQ')
}

/** The placeholders a text uses that its kind does not offer (the server refuses them too). */
export function unknownPlaceholders(text: string, allowed: readonly string[]): string[] {
  const used = [...text.matchAll(/\{([A-Za-z]{1,30})\}/g)].map((m) => m[1])
  return [...new Set(used.filter((p) => !allowed.includes(p)))]
}

/**
 * Why a message was not sent, in words the screen translates: {@code opted-out}, {@code bouncing} (with the mail
 * server's status, e.g. {@code bouncing: 5.1.1}), {@code wechat-reply-window} (a WeChat reply whose window closed
 * before it could leave); null for any other error, shown as the server wrote it.
 */
export function reasonOf(
  lastError: string | undefined | null,
): { key: 'opted-out' | 'bouncing' | 'wechat-reply-window'; detail: string } | null {
  if (!lastError) return null
  if (lastError === 'opted-out' || lastError === 'wechat-reply-window') return { key: lastError, detail: '' }
  const bouncing = /^bouncing(?::\s*(\S{1,20}))?$/.exec(lastError)
  return bouncing ? { key: 'bouncing', detail: bouncing[1] ?? '' } : null
}

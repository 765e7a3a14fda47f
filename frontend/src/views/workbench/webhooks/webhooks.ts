/** The event types a webhook subscription can ask for (the server's WebhookEventType). */
export const EVENT_TYPES = ['REQUEST_REGISTERED', 'REQUEST_TRANSITIONED', 'REQUEST_ESCALATED', 'CLOCK_BREACHED'] as const
export type EventType = (typeof EVENT_TYPES)[number]

/** Whether the address looks like one the server accepts (http or https with a host); the server decides. */
export function looksLikeHttpUrl(text: string): boolean {
  try {
    const url = new URL(text.trim())
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '' && url.username === '' && url.password === ''
  } catch {
    return false
  }
}

/** The tag colour of a delivery's status: delivered green, waiting amber, given up red. */
export function statusTag(status: string): 'success' | 'warning' | 'danger' {
  return status === 'DELIVERED' ? 'success' : status === 'FAILED' ? 'danger' : 'warning'
}

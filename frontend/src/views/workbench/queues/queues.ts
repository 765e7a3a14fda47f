import type { ClockSnapshot } from '@/composables/countdown'

/** The six queues of the workbench, in the order of their tabs. */
export const QUEUES = ['mine', 'team', 'unassigned', 'dueSoon', 'breached', 'waiting'] as const
export type QueueKey = (typeof QUEUES)[number]

/** The request list's filters the queue screen offers besides the queue itself. */
export const FILTERS = ['kind', 'status', 'category', 'channel', 'q'] as const
export type FilterKey = (typeof FILTERS)[number]

/** A queue and its filters: what the screen's address holds (`/queues?queue=breached&kind=REPAIR`). */
export type QueueQuery = { queue: QueueKey } & Partial<Record<FilterKey, string>>

/** The queues read from the request list, by their filters of `GET /api/v1/requests`. */
const BY_REQUESTS: Partial<Record<QueueKey, Record<string, string>>> = {
  mine: { assignee: 'ME', open: 'true' },
  team: { assignee: 'TEAM', open: 'true' },
  unassigned: { assignee: 'NONE', open: 'true' },
  waiting: { waitingOn: 'CUSTOMER' },
}

/** The queues read from the clocks, by their `state` of `GET /api/v1/time-limits`, soonest due first. */
const BY_CLOCKS: Partial<Record<QueueKey, string>> = { dueSoon: 'WARNING', breached: 'BREACHED' }

export function isClockQueue(queue: QueueKey): boolean {
  return queue in BY_CLOCKS
}

/** The address's query as a queue and its filters; an unknown queue is "mine", empty filters are left out. */
export function readQueueQuery(query: Record<string, unknown>): QueueQuery {
  const queue = QUEUES.includes(query.queue as QueueKey) ? (query.queue as QueueKey) : 'mine'
  const read: QueueQuery = { queue }
  for (const key of FILTERS) {
    const value = query[key]
    if (typeof value === 'string' && value.trim() !== '') {
      read[key] = value.trim()
    }
  }
  return read
}

/** The request list's query for a queue: the queue's own filters and the chosen ones. */
export function requestQuery(q: QueueQuery): Record<string, string> {
  const query: Record<string, string> = { ...(BY_REQUESTS[q.queue] ?? {}) }
  for (const key of FILTERS) {
    if (q[key]) {
      query[key] = q[key]!
    }
  }
  return query
}

/** The clock states of a clock queue (`WARNING`, `BREACHED`), else undefined. */
export function clockState(queue: QueueKey): string | undefined {
  return BY_CLOCKS[queue]
}

/** A saved view (`POST /api/v1/me/views`) of a queue: the request list's filters, or the clock queue's state. */
export function viewOf(q: QueueQuery): { list: 'REQUESTS' | 'TIME_LIMITS'; filters: Record<string, string> } {
  const state = BY_CLOCKS[q.queue]
  return state ? { list: 'TIME_LIMITS', filters: { state } } : { list: 'REQUESTS', filters: requestQuery(q) }
}

/** The queue a saved view opens, or null for a view of the request list that is not a queue. */
export function queueOfView(view: { list?: string; filters?: Record<string, string> }): QueueQuery | null {
  const filters = view.filters ?? {}
  if (view.list === 'TIME_LIMITS') {
    const queue = (Object.keys(BY_CLOCKS) as QueueKey[]).find((k) => BY_CLOCKS[k] === filters.state)
    return queue ? { queue } : null
  }
  const queue = (Object.keys(BY_REQUESTS) as QueueKey[]).find((k) =>
    Object.entries(BY_REQUESTS[k]!).every(([name, value]) => filters[name] === value),
  )
  if (!queue) {
    return null
  }
  const read: QueueQuery = { queue }
  for (const key of FILTERS) {
    if (filters[key]) {
      read[key] = filters[key]
    }
  }
  return read
}

/** The open clocks of an answer by request, each stamped with when the answer arrived. */
export function clocksByRequest(items: readonly Omit<ClockSnapshot, 'fetchedAt'>[], fetchedAt: number): Map<number, ClockSnapshot[]> {
  const byRequest = new Map<number, ClockSnapshot[]>()
  for (const item of items) {
    const list = byRequest.get(item.requestId) ?? []
    list.push({ ...item, fetchedAt })
    byRequest.set(item.requestId, list)
  }
  return byRequest
}

/** The request ids of a page of clocks, each once, in the clocks' order (soonest due first). */
export function requestIdsInOrder(items: readonly { requestId: number }[]): number[] {
  return [...new Set(items.map((c) => c.requestId))]
}

/** Rows in the order of `ids`, leaving out ids without a row (requests the extra filters excluded). */
export function inOrder<R extends { id: number }>(rows: readonly R[], ids: readonly number[]): R[] {
  const byId = new Map(rows.map((r) => [r.id, r]))
  return ids.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []))
}

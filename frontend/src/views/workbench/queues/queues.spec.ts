import { describe, expect, it } from 'vitest'
import {
  clockState,
  clocksByRequest,
  inOrder,
  isClockQueue,
  queueOfView,
  readQueueQuery,
  requestIdsInOrder,
  requestQuery,
  viewOf,
} from './queues'

describe('the queues', () => {
  it('reads the queue and its filters from the address, mine by default', () => {
    expect(readQueueQuery({})).toEqual({ queue: 'mine' })
    expect(readQueueQuery({ queue: 'everything', kind: 'REPAIR' })).toEqual({ queue: 'mine', kind: 'REPAIR' })
    expect(readQueueQuery({ queue: 'breached', q: '  3-1-502 ', status: '', cursor: 'x' })).toEqual({
      queue: 'breached',
      q: '3-1-502',
    })
  })

  it('asks the request list for mine, my team, unassigned and waiting, with the chosen filters', () => {
    expect(requestQuery({ queue: 'mine', kind: 'REPAIR' })).toEqual({ assignee: 'ME', open: 'true', kind: 'REPAIR' })
    expect(requestQuery({ queue: 'team' })).toEqual({ assignee: 'TEAM', open: 'true' })
    expect(requestQuery({ queue: 'unassigned', channel: 'PHONE' })).toEqual({ assignee: 'NONE', open: 'true', channel: 'PHONE' })
    expect(requestQuery({ queue: 'waiting' })).toEqual({ waitingOn: 'CUSTOMER' })
    expect(requestQuery({ queue: 'breached', kind: 'COMPLAINT' })).toEqual({ kind: 'COMPLAINT' })
  })

  it('asks the clocks for due soon and breached', () => {
    expect([clockState('dueSoon'), clockState('breached'), clockState('mine')]).toEqual(['WARNING', 'BREACHED', undefined])
    expect(isClockQueue('breached')).toBe(true)
    expect(isClockQueue('waiting')).toBe(false)
  })

  it('saves a queue as a view and opens the view as the same queue', () => {
    const mine = { queue: 'mine', kind: 'REPAIR', q: '漏水' } as const
    expect(viewOf(mine)).toEqual({ list: 'REQUESTS', filters: { assignee: 'ME', open: 'true', kind: 'REPAIR', q: '漏水' } })
    expect(queueOfView(viewOf(mine))).toEqual(mine)
    expect(viewOf({ queue: 'breached', kind: 'REPAIR' })).toEqual({ list: 'TIME_LIMITS', filters: { state: 'BREACHED' } })
    expect(queueOfView({ list: 'TIME_LIMITS', filters: { state: 'WARNING' } })).toEqual({ queue: 'dueSoon' })
    for (const queue of ['team', 'unassigned', 'waiting', 'dueSoon'] as const) {
      expect(queueOfView(viewOf({ queue }))).toEqual({ queue })
    }
  })

  it('opens no queue for a view of the list that is not one', () => {
    expect(queueOfView({ list: 'REQUESTS', filters: { kind: 'REPAIR' } })).toBeNull()
    expect(queueOfView({ list: 'REQUESTS', filters: { assignee: 'ME' } })).toBeNull()
    expect(queueOfView({ list: 'TIME_LIMITS', filters: { state: 'RUNNING,PAUSED' } })).toBeNull()
    expect(queueOfView({})).toBeNull()
  })

  it('groups clocks by request and keeps the clock queue`s order for the rows', () => {
    const clocks = [
      { requestId: 5, limit: 'A', state: 'BREACHED' as const, dueAt: '2026-12-01T01:00:00Z' },
      { requestId: 3, limit: 'B', state: 'BREACHED' as const, dueAt: '2026-12-01T02:00:00Z' },
      { requestId: 5, limit: 'C', state: 'BREACHED' as const, dueAt: '2026-12-01T03:00:00Z' },
    ]
    const grouped = clocksByRequest(clocks, 42)
    expect(grouped.get(5)!.map((c) => [c.limit, c.fetchedAt])).toEqual([
      ['A', 42],
      ['C', 42],
    ])
    const ids = requestIdsInOrder(clocks)
    expect(ids).toEqual([5, 3])
    expect(inOrder([{ id: 3 }, { id: 9 }, { id: 5 }], ids)).toEqual([{ id: 5 }, { id: 3 }])
    expect(inOrder([{ id: 3 }], [5, 3])).toEqual([{ id: 3 }])
  })
})

import { describe, expect, it } from 'vitest'
import { readClock } from '@/composables/countdown'
import { asClock, draftProblem, filterOf, may } from './hotline'

describe('hotline deadlines', () => {
  const running = { state: 'RUNNING' as const, warnAt: '2026-11-25T00:00:00Z', dueAt: '2026-11-25T02:00:00Z', doneAt: null }

  it('counts an open deadline down like a queue clock, amber from its warning and red past its due time', () => {
    const clock = asClock(running, 'contact', 7, Date.parse('2026-11-24T02:00:00Z'))!
    expect(clock.requestId).toBe(7)
    expect(readClock(clock, Date.parse('2026-11-24T02:00:00Z')).state).toBe('RUNNING')
    expect(readClock(clock, Date.parse('2026-11-25T00:30:00Z')).state).toBe('WARNING')
    const late = readClock(clock, Date.parse('2026-11-25T03:00:00Z'))
    expect(late.state).toBe('BREACHED')
    expect(late.overdueSeconds).toBe(3600)
  })

  it('shows a done deadline as met or late instead of a countdown', () => {
    expect(asClock({ ...running, state: 'MET', doneAt: '2026-11-24T05:00:00Z' }, 'contact', 7, 0)).toBeUndefined()
    expect(asClock({ ...running, state: 'MET_LATE', doneAt: '2026-11-26T05:00:00Z' }, 'reply', 7, 0)).toBeUndefined()
    expect(asClock(undefined, 'reply', 7, 0)).toBeUndefined()
  })

  it('offers only the steps the server allows', () => {
    expect(may(['draft'], 'approve')).toBe(false)
    expect(may(['draft', 'approve', 'reject'], 'approve')).toBe(true)
    expect(may(undefined, 'draft')).toBe(false)
  })

  it('sends a draft only with words in it, within 4000 characters', () => {
    expect(draftProblem('  ')).toBe('required')
    expect(draftProblem('x'.repeat(4001))).toBe('tooLong')
    expect(draftProblem('已联系市民')).toBeNull()
  })

  it('reads the filter from the address, open cases by default', () => {
    expect(filterOf('OVERDUE')).toBe('OVERDUE')
    expect(filterOf('nonsense')).toBe('OPEN')
    expect(filterOf(undefined)).toBe('OPEN')
  })
})

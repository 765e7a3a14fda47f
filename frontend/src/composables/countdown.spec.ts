import { afterEach, describe, expect, it, vi } from 'vitest'
import { effectScope } from 'vue'
import { mostUrgent, readClock, splitDuration, stateClass, tickerUsers, useNow, type ClockSnapshot } from './countdown'

const T0 = Date.parse('2026-12-01T02:00:00Z')

function clock(over: Partial<ClockSnapshot>): ClockSnapshot {
  return {
    requestId: 1,
    limit: 'COMPLAINT_DISPATCH',
    state: 'RUNNING',
    warnAt: '2026-12-01T02:45:00Z',
    dueAt: '2026-12-01T03:00:00Z',
    remainingSeconds: 3600,
    workingTime: false,
    fetchedAt: T0,
    ...over,
  }
}

describe('readClock', () => {
  it('counts a calendar-time clock down to its due time', () => {
    expect(readClock(clock({}), T0 + 10_000)).toEqual({ state: 'RUNNING', remainingSeconds: 3590, overdueSeconds: 0 })
  })

  it('turns a running clock amber at its warning point and red at its due time, without the server', () => {
    expect(readClock(clock({}), Date.parse('2026-12-01T02:45:00Z')).state).toBe('WARNING')
    const late = readClock(clock({}), Date.parse('2026-12-01T03:01:05Z'))
    expect(late).toEqual({ state: 'BREACHED', remainingSeconds: 0, overdueSeconds: 65 })
  })

  it('keeps a clock the server calls breached breached, counting the time past due', () => {
    const breached = clock({ state: 'BREACHED', remainingSeconds: null, dueAt: '2026-12-01T01:00:00Z' })
    expect(readClock(breached, T0)).toEqual({ state: 'BREACHED', remainingSeconds: 0, overdueSeconds: 3600 })
  })

  it('freezes a paused clock at the working seconds it had', () => {
    const paused = clock({ state: 'PAUSED', remainingSeconds: 1234, dueAt: '2026-12-01T02:00:01Z' })
    expect(readClock(paused, T0 + 3_600_000)).toEqual({ state: 'PAUSED', remainingSeconds: 1234, overdueSeconds: 0 })
  })

  it('counts a working-time clock down from the working seconds the server gave, never past the due time', () => {
    const working = clock({ workingTime: true, remainingSeconds: 600, dueAt: '2026-12-02T01:10:00Z' })
    expect(readClock(working, T0 + 60_000).remainingSeconds).toBe(540)
    expect(readClock(working, T0 + 700_000).remainingSeconds).toBe(0)
    expect(readClock(working, T0 + 700_000).state).toBe('RUNNING')
    const dueSooner = clock({ workingTime: true, remainingSeconds: 99_999 })
    expect(readClock(dueSooner, T0).remainingSeconds).toBe(3600)
  })
})

describe('mostUrgent', () => {
  it('picks breached before warning before running before paused, then the soonest due', () => {
    const running = clock({ limit: 'A', dueAt: '2026-12-01T02:30:00Z', warnAt: null })
    const warning = clock({ limit: 'B', state: 'WARNING', dueAt: '2026-12-01T05:00:00Z' })
    const paused = clock({ limit: 'C', state: 'PAUSED', dueAt: '2026-12-01T02:01:00Z' })
    expect(mostUrgent([running, paused, warning], T0)?.limit).toBe('B')
    expect(mostUrgent([running, paused], T0)?.limit).toBe('A')
    const laterBreach = clock({ limit: 'D', state: 'BREACHED', dueAt: '2026-12-01T01:00:00Z' })
    const earlierBreach = clock({ limit: 'E', state: 'BREACHED', dueAt: '2026-11-30T01:00:00Z' })
    expect(mostUrgent([warning, laterBreach, earlierBreach], T0)?.limit).toBe('E')
    expect(mostUrgent([], T0)).toBeUndefined()
  })

  it('reads the states now: a clock that passed its due time outranks one the server called warning', () => {
    const passed = clock({ limit: 'A', dueAt: '2026-12-01T02:00:30Z', warnAt: null })
    const warning = clock({ limit: 'B', state: 'WARNING', dueAt: '2026-12-01T02:10:00Z' })
    expect(mostUrgent([warning, passed], T0 + 60_000)?.limit).toBe('A')
  })
})

describe('splitDuration and stateClass', () => {
  it('words hours, minutes and seconds, with the days apart', () => {
    expect(splitDuration(59)).toEqual({ days: 0, clock: '0:00:59' })
    expect(splitDuration(2 * 3600 + 5 * 60 + 9)).toEqual({ days: 0, clock: '2:05:09' })
    expect(splitDuration(3 * 86400 + 61)).toEqual({ days: 3, clock: '0:01:01' })
    expect(splitDuration(-5)).toEqual({ days: 0, clock: '0:00:00' })
  })

  it('names a colour class per state', () => {
    expect(['RUNNING', 'WARNING', 'BREACHED', 'PAUSED'].map((s) => stateClass(s as never))).toEqual([
      'clock-running',
      'clock-warning',
      'clock-breached',
      'clock-paused',
    ])
  })
})

describe('the shared ticker', () => {
  afterEach(() => vi.useRealTimers())

  it('runs one interval for any number of countdowns and stops when the last one goes', () => {
    vi.useFakeTimers()
    vi.setSystemTime(T0)
    const spy = vi.spyOn(globalThis, 'setInterval')
    const scopes = Array.from({ length: 50 }, () => effectScope())
    const nows = scopes.map((s) => s.run(() => useNow())!)
    expect(spy).toHaveBeenCalledTimes(1)
    expect(tickerUsers()).toEqual({ users: 50, running: true })

    vi.advanceTimersByTime(3000)
    expect(nows.every((n) => n.value === T0 + 3000)).toBe(true)

    scopes.forEach((s) => s.stop())
    expect(tickerUsers()).toEqual({ users: 0, running: false })
    expect(vi.getTimerCount()).toBe(0)
    spy.mockRestore()
  })
})

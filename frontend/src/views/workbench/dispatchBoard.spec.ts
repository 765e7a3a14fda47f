import { describe, expect, it } from 'vitest'
import {
  addDays,
  canDispatch,
  groupByEngineer,
  hourMarks,
  isDay,
  isNewAssignee,
  minutesIntoDay,
  placeOnAxis,
  rangeOf,
  shanghaiDay,
  shanghaiTime,
  stackVisits,
  visitsByDay,
  weekOf,
  type BoardItem,
} from './dispatchBoard'

function item(id: number, scheduledAt: string | null, assigneeId: number | null = 1, extra: Partial<BoardItem> = {}): BoardItem {
  return { id, number: `BX-${id}`, status: 'PLAN_AGREED', assigneeId, scheduledAt, allowedActions: [], ...extra }
}

describe('the days of the dispatch board are Shanghai days', () => {
  it('an instant late in the UTC evening is the next morning in Shanghai', () => {
    expect(shanghaiDay('2026-11-24T16:30:00Z')).toBe('2026-11-25')
    expect(shanghaiTime('2026-11-24T16:30:00Z')).toBe('00:30')
    expect(minutesIntoDay('2026-11-25T02:30:00Z')).toBe(630)
  })

  it('a week runs Monday to Sunday, across a month and a year', () => {
    expect(weekOf('2026-11-25')).toEqual(['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29'])
    expect(weekOf('2026-11-29')[0]).toBe('2026-11-23')
    expect(weekOf('2026-11-23')[0]).toBe('2026-11-23')
    expect(weekOf('2027-01-01')).toEqual(['2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02', '2027-01-03'])
  })

  it('the API is asked from the first midnight to the midnight after the last day, in Shanghai', () => {
    expect(rangeOf(['2026-11-25'])).toEqual({ from: '2026-11-24T16:00:00.000Z', to: '2026-11-25T16:00:00.000Z' })
    expect(rangeOf(weekOf('2026-11-25'))).toEqual({ from: '2026-11-22T16:00:00.000Z', to: '2026-11-29T16:00:00.000Z' })
  })

  it('a day in the address is taken only when it is a real date', () => {
    expect(isDay('2026-11-25')).toBe(true)
    expect(isDay('2026-02-30')).toBe(false)
    expect(isDay('2026-11-25T00:00')).toBe(false)
    expect(isDay(['2026-11-25'])).toBe(false)
    expect(isDay(undefined)).toBe(false)
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01')
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28')
  })
})

describe('a visit is placed on the day axis from 08:00 to 20:00', () => {
  it('by its start, an hour wide', () => {
    const eight = placeOnAxis('2026-11-25T00:00:00Z') // 08:00
    expect(eight).toMatchObject({ start: 0, outside: null })
    expect(eight.length).toBeCloseTo(100 / 12)
    expect(placeOnAxis('2026-11-25T06:00:00Z').start).toBeCloseTo(50) // 14:00
    expect(placeOnAxis('2026-11-25T06:00:00Z').outside).toBeNull()
  })

  it('kept inside the axis when it starts late in the day', () => {
    const late = placeOnAxis('2026-11-25T11:30:00Z') // 19:30
    expect(late.start + late.length).toBeLessThanOrEqual(100)
    expect(late.outside).toBeNull()
  })

  it('at the edge, marked, when it starts before or after the hours shown', () => {
    expect(placeOnAxis('2026-11-24T23:00:00Z')).toMatchObject({ start: 0, outside: 'before' }) // 07:00
    const nine = placeOnAxis('2026-11-25T13:00:00Z') // 21:00
    expect(nine.outside).toBe('after')
    expect(nine.start + nine.length).toBeCloseTo(100)
  })

  it('under hour marks from 8 to 20', () => {
    const marks = hourMarks()
    expect(marks).toHaveLength(13)
    expect(marks[0]).toEqual({ hour: 8, at: 0 })
    expect(marks[12]).toEqual({ hour: 20, at: 100 })
  })
})

describe('overlapping visits stack in lanes', () => {
  it('a visit that starts before the last one ended goes below it', () => {
    const { lanes, count } = stackVisits([
      item(1, '2026-11-25T01:00:00Z'), // 09:00
      item(2, '2026-11-25T01:30:00Z'), // 09:30, overlaps 1
      item(3, '2026-11-25T02:00:00Z'), // 10:00, 1 has ended
      item(4, '2026-11-25T02:30:00Z'), // 10:30, overlaps 3; 2 has just ended
    ])
    expect([lanes.get(1), lanes.get(2), lanes.get(3), lanes.get(4)]).toEqual([0, 1, 0, 1])
    expect(count).toBe(2)
  })

  it('one lane for an empty day', () => {
    expect(stackVisits([]).count).toBe(1)
  })
})

describe('the board groups by engineer', () => {
  const engineers = [
    { id: 1, displayName: '张强' },
    { id: 2, displayName: '李伟' },
  ]

  it('each engineer their visits by time and their waiting repairs by arrival, in the order the engineers came', () => {
    const visits = [item(10, '2026-11-25T06:00:00Z', 1), item(11, '2026-11-25T01:00:00Z', 1), item(12, '2026-11-25T03:00:00Z', 2)]
    const awaiting = [
      item(20, null, 2, { status: 'DISPATCHED', receivedAt: '2026-11-24T05:00:00Z' }),
      item(21, null, 2, { status: 'RESPONDED', receivedAt: '2026-11-23T05:00:00Z' }),
    ]
    const { rows, others } = groupByEngineer(engineers, visits, awaiting)
    expect(rows.map((r) => r.engineer.id)).toEqual([1, 2])
    expect(rows[0].visits.map((v) => v.id)).toEqual([11, 10])
    expect(rows[0].awaiting).toEqual([])
    expect(rows[1].visits.map((v) => v.id)).toEqual([12])
    expect(rows[1].awaiting.map((v) => v.id)).toEqual([21, 20])
    expect(others).toEqual([])
  })

  it('keeps what belongs to nobody listed apart instead of dropping it', () => {
    const { rows, others } = groupByEngineer(engineers, [item(30, '2026-11-25T01:00:00Z', 99)], [item(31, null, null)])
    expect(rows.every((r) => r.visits.length === 0 && r.awaiting.length === 0)).toBe(true)
    expect(others.map((o) => o.id)).toEqual([30, 31])
  })

  it('an engineer without work still has a row, to drop work on', () => {
    expect(groupByEngineer(engineers, [], []).rows).toHaveLength(2)
  })

  it('the week view puts each visit under its Shanghai day, every day present', () => {
    const days = weekOf('2026-11-25')
    const byDay = visitsByDay([item(1, '2026-11-24T17:00:00Z'), item(2, '2026-11-24T15:59:00Z'), item(3, '2026-11-25T00:00:00Z')], days)
    expect([...byDay.keys()]).toEqual(days)
    expect(byDay.get('2026-11-24')?.map((v) => v.id)).toEqual([2])
    expect(byDay.get('2026-11-25')?.map((v) => v.id)).toEqual([1, 3])
    expect(byDay.get('2026-11-29')).toEqual([])
  })
})

describe('what may be dragged where', () => {
  it('only what the server lets the caller dispatch now', () => {
    expect(canDispatch(item(1, null, null, { allowedActions: ['classify', 'dispatch', 'cancel'] }))).toBe(true)
    expect(canDispatch(item(2, '2026-11-25T01:00:00Z', 1, { allowedActions: ['agree-plan', 'complete'] }))).toBe(false)
    expect(canDispatch(item(3, null, null, { allowedActions: undefined }))).toBe(false)
  })

  it('not onto the engineer who has it already', () => {
    const handedOver = item(4, null, 1, { allowedActions: ['respond', 'dispatch'] })
    expect(isNewAssignee(handedOver, 1)).toBe(false)
    expect(isNewAssignee(handedOver, 2)).toBe(true)
  })
})

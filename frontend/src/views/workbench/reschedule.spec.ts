import { describe, expect, it } from 'vitest'
import { ApiError } from '@/api/problem'
import { canReschedule, conflictsOf, fromShanghaiInput, moveBody, sameTimeOn, slotAt, toShanghaiInput } from './reschedule'

const visit = { id: 1, number: 'BX-1', status: 'PLAN_AGREED', assigneeId: 5, scheduledAt: '2027-02-16T01:30:00Z', version: 7, allowedActions: ['reschedule', 'complete'] }

describe('moving a planned visit', () => {
  it('is offered only when the server allows it', () => {
    expect(canReschedule(visit)).toBe(true)
    expect(canReschedule({ ...visit, allowedActions: ['complete'] })).toBe(false)
  })

  it('reads a drop on the day axis as a Shanghai time snapped to half hours, inside the axis', () => {
    expect(slotAt('2027-02-16', 0)).toBe('2027-02-16T00:00:00.000Z') // 08:00 in Shanghai
    expect(slotAt('2027-02-16', 0.5)).toBe('2027-02-16T06:00:00.000Z') // 14:00
    expect(slotAt('2027-02-16', 0.52)).toBe('2027-02-16T06:00:00.000Z') // 14:14 → 14:00
    expect(slotAt('2027-02-16', 0.53)).toBe('2027-02-16T06:30:00.000Z') // 14:22 → 14:30
    expect(slotAt('2027-02-16', 1)).toBe('2027-02-16T11:30:00.000Z') // 19:30, a slot before 20:00
    expect(slotAt('2027-02-16', -3)).toBe('2027-02-16T00:00:00.000Z')
    expect(slotAt('2027-02-16', Number.NaN)).toBe('2027-02-16T00:00:00.000Z')
  })

  it('keeps the time of day when a visit is dropped on another day of the week', () => {
    expect(sameTimeOn('2027-02-18', '2027-02-16T01:30:00Z')).toBe('2027-02-18T01:30:00.000Z')
    expect(sameTimeOn('2027-02-18', '2027-02-16T17:00:00Z')).toBe('2027-02-17T17:00:00.000Z') // 01:00, of the 17th and of the 18th
  })

  it('sends only what changes, with the version read, and accepts conflicts only when told', () => {
    expect(moveBody(visit, { engineerId: 5, scheduledAt: '2027-02-16T06:00:00Z' })).toEqual({ version: 7, scheduledAt: '2027-02-16T06:00:00.000Z' })
    expect(moveBody(visit, { engineerId: 9, scheduledAt: '2027-02-16T01:30:00.000Z' })).toEqual({ version: 7, assigneeId: 9 })
    expect(moveBody(visit, { engineerId: 5, scheduledAt: '2027-02-16T01:30:00Z' })).toBeNull()
    expect(moveBody(visit, { engineerId: 9, scheduledAt: '2027-02-16T06:00:00Z' }, true)).toEqual({
      version: 7,
      scheduledAt: '2027-02-16T06:00:00.000Z',
      assigneeId: 9,
      acceptConflicts: true,
    })
  })

  it('reads the conflicts of a refused move, and nothing of other failures', () => {
    const conflicts = [{ kind: 'VISIT', number: 'BX-2', scheduledAt: '2027-02-16T06:00:00Z' }, { kind: 'DAY_OFF', day: '2027-02-20' }]
    expect(conflictsOf(new ApiError(409, { type: 'urn:estatecare:problem:schedule-conflict', conflicts } as never))).toEqual(conflicts)
    expect(conflictsOf(new ApiError(409, { type: 'urn:estatecare:problem:stale-version' }))).toBeNull()
    expect(conflictsOf(new ApiError(400, { type: 'urn:estatecare:problem:schedule-conflict' }))).toBeNull()
    expect(conflictsOf(new Error('network'))).toBeNull()
  })

  it('shows and reads a time input as Shanghai time', () => {
    expect(toShanghaiInput('2027-02-16T01:30:00Z')).toBe('2027-02-16T09:30')
    expect(toShanghaiInput(null)).toBe('')
    expect(fromShanghaiInput('2027-02-16T09:30')).toBe('2027-02-16T01:30:00.000Z')
    expect(fromShanghaiInput('2027-02-30T09:30')).toBeUndefined()
    expect(fromShanghaiInput('tomorrow')).toBeUndefined()
  })
})

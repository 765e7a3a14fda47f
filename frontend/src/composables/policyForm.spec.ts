import { describe, expect, it } from 'vitest'
import { blankLike, changedPaths, draftOf, fieldKey, formatDuration, kindOf, parseDuration, problemPath } from './policyForm'

describe('policy form', () => {
  it('a field gets its input from its name where the value alone cannot tell, else from its value', () => {
    expect(kindOf('emergency', null)).toBe('anyBoolean')
    expect(kindOf('channel', null)).toBe('choice')
    expect(kindOf('kinds', ['REPAIR'])).toBe('choices')
    expect(kindOf('workingDays', ['MONDAY'])).toBe('choices')
    expect(kindOf('collectiveMajor', 5)).toBe('number')
    expect(kindOf('workingTime', true)).toBe('boolean')
    expect(kindOf('duration', 'PT1H')).toBe('duration')
    expect(kindOf('start', '09:00')).toBe('time')
    expect(kindOf('name', '投诉登记后送达处理部门')).toBe('text')
    expect(kindOf('limits', [{ key: 'A' }])).toBe('objects')
    expect(kindOf('repairs', { projectCompanyAt: 2 })).toBe('object')
  })

  it('durations are read and written as java.time.Duration does, days as hours', () => {
    expect(parseDuration('PT1H30M')).toEqual({ hours: 1, minutes: 30 })
    expect(parseDuration('PT168H')).toEqual({ hours: 168, minutes: 0 })
    expect(parseDuration('PT45M')).toEqual({ hours: 0, minutes: 45 })
    expect(parseDuration('PT90S')).toEqual({ hours: 0, minutes: 1 })
    expect(parseDuration('P7D')).toBeNull()
    expect(parseDuration('soon')).toBeNull()
    expect(formatDuration({ hours: 1, minutes: 30 })).toBe('PT1H30M')
    expect(formatDuration({ hours: 0, minutes: 45 })).toBe('PT45M')
    expect(formatDuration({ hours: 24, minutes: 0 })).toBe('PT24H')
    expect(formatDuration({ hours: 0, minutes: 0 })).toBe('PT0S')
    expect(formatDuration({ hours: -3, minutes: 5 })).toBe('PT5M')
  })

  it('the changes between two versions are the leaves that differ, a list of codes as one field', () => {
    const v1 = { limits: [{ key: 'A', duration: 'PT1H', kinds: ['REPAIR'] }, { key: 'B', duration: 'PT2H', kinds: [] }] }
    const v2 = draftOf(v1)
    v2.limits[1].duration = 'PT3H'
    v2.limits[0].kinds.push('COMPLAINT')
    expect(changedPaths(v1, v2).sort()).toEqual(['limits.0.kinds', 'limits.1.duration'])
    expect(changedPaths(v1, draftOf(v1))).toEqual([])
    const v3 = { limits: [...v1.limits, { key: 'C', duration: 'PT1H', kinds: [] }] }
    expect(changedPaths(v1, v3)).toEqual(['limits.2'])
    expect(changedPaths({ a: null }, { a: true })).toEqual(['a'])
  })

  it('a draft is a copy: editing it leaves the version shown as the server sent it', () => {
    const shown = { grade: { days: 3 } }
    const draft = draftOf(shown)
    draft.grade.days = 9
    expect(shown.grade.days).toBe(3)
  })

  it('a server field problem finds its field in the form', () => {
    expect(problemPath('policy.limits[2].duration')).toBe('limits.2.duration')
    expect(problemPath('policy.collectiveMajor')).toBe('collectiveMajor')
    expect(problemPath('policy')).toBe('')
    expect(fieldKey('limits.2.duration')).toBe('duration')
    expect(fieldKey('collectiveMajor')).toBe('collectiveMajor')
  })

  it('a new item of a list has the shape of the last one, emptied, and "any" where a field may be any', () => {
    const limit = { key: 'A', kinds: ['REPAIR'], emergency: true, channel: 'PHONE', startOn: 'COMPLETE', duration: 'PT2H', workingTime: true, warnAfter: 'PT1H' }
    expect(blankLike(limit)).toEqual({ key: '', kinds: [], emergency: null, channel: null, startOn: 'REGISTERED', duration: 'PT1H', workingTime: false, warnAfter: 'PT1H' })
    expect(blankLike({ start: '13:00', end: '18:00' })).toEqual({ start: '09:00', end: '09:00' })
  })
})

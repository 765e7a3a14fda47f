import { describe, expect, it } from 'vitest'
import { formatDateTime, formatList, shanghaiDayStart } from './format'

describe('dates and times are shown in Asia/Shanghai', () => {
  it('an instant late in the UTC evening is the next morning in Shanghai', () => {
    expect(formatDateTime('2026-11-24T23:30:00Z')).toBe('2026-11-25 07:30')
    expect(formatDateTime('2026-11-24T23:30:00Z', 'en')).toBe('2026-11-25 07:30')
  })

  it('whatever the offset the server wrote', () => {
    expect(formatDateTime('2026-02-17T00:05:00+08:00')).toBe('2026-02-17 00:05')
    expect(formatDateTime('2026-06-30T16:00:00.123456Z')).toBe('2026-07-01 00:00')
  })

  it('nothing for no or a malformed instant', () => {
    expect(formatDateTime(null)).toBe('')
    expect(formatDateTime('yesterday')).toBe('')
  })

  it('a calendar day of the filters starts at midnight in Shanghai', () => {
    expect(shanghaiDayStart('2026-11-25')).toBe('2026-11-24T16:00:00.000Z')
  })
})

describe('a list is written as each language writes one', () => {
  it('Chinese separates with the enumeration comma, English with a comma and a space', () => {
    expect(formatList(['主管', '处理部门'], 'zh-CN')).toBe('主管、处理部门')
    expect(formatList(['Manager', 'Handling department'], 'en')).toBe('Manager, Handling department')
  })
})

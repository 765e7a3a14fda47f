import { describe, expect, it } from 'vitest'
import { answersToSend, percent, readDue } from './revisits'

const NOW = Date.parse('2026-11-24T02:00:00Z')

describe('readDue', () => {
  it('counts days and hours left, warning on the last day', () => {
    expect(readDue('2026-11-27T05:00:00Z', NOW)).toEqual({ overdue: false, days: 3, hours: 3, tone: 'info' })
    expect(readDue('2026-11-24T10:00:00Z', NOW)).toMatchObject({ overdue: false, days: 0, hours: 8, tone: 'warning' })
  })
  it('counts how long an open revisit is overdue', () => {
    expect(readDue('2026-11-22T01:00:00Z', NOW)).toEqual({ overdue: true, days: 2, hours: 1, tone: 'danger' })
  })
})

describe('answersToSend', () => {
  const questions = [
    { key: 'satisfaction', type: 'SCALE' as const, required: true },
    { key: 'followedUp', type: 'YES_NO' as const, required: true },
    { key: 'comment', type: 'TEXT' as const, required: false },
  ]
  it('sends the template questions answered, trimmed, and names the required ones missing', () => {
    expect(answersToSend(questions, { satisfaction: 2, comment: '  还在漏水 ', stray: 1 })).toEqual({
      answers: { satisfaction: 2, comment: '还在漏水' },
      missing: ['followedUp'],
    })
  })
  it('keeps a no as an answer and leaves a blank comment out', () => {
    expect(answersToSend(questions, { satisfaction: 5, followedUp: false, comment: ' ' })).toEqual({
      answers: { satisfaction: 5, followedUp: false },
      missing: [],
    })
  })
})

describe('percent', () => {
  it('shows one decimal and nothing when nothing was due', () => {
    expect(percent(0.9583)).toBe('95.8%')
    expect(percent(1)).toBe('100.0%')
    expect(percent(null)).toBeNull()
  })
})

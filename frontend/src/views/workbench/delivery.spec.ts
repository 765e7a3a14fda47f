import { describe, expect, it } from 'vitest'
import { findingsText, handedToRepair, mayHandOver, nextStep, shanghaiToday, type BoardUnit } from './delivery'

const unit = (over: Partial<BoardUnit> = {}): BoardUnit => ({ unitId: 1, findings: 0, openFindings: 0, ...over })

describe('the delivery board', () => {
  it('offers to appoint an inspection for a unit without one, and to inspect once appointed', () => {
    expect(nextStep(unit())).toBe('appoint')
    expect(nextStep(unit({ inspectionId: 5, appointedAt: '2026-12-01T02:00:00Z' }))).toBe('inspect')
    expect(nextStep(unit({ handedOverOn: '2026-11-01' }))).toBe('none')
  })

  it('hands over keys once, open findings or not', () => {
    expect(mayHandOver(unit({ inspectionId: 5, openFindings: 2, findings: 3 }))).toBe(true)
    expect(mayHandOver(unit({ handedOverOn: '2026-11-24' }))).toBe(false)
  })

  it('shows open over all findings only for an inspected unit', () => {
    expect(findingsText(unit())).toBe('')
    expect(findingsText(unit({ inspectionId: 5, findings: 3, openFindings: 1 }))).toBe('1/3')
  })

  it('defaults the handover to the day in Shanghai, not in UTC', () => {
    expect(shanghaiToday(new Date('2026-11-24T17:30:00Z'))).toBe('2026-11-25')
    expect(shanghaiToday(new Date('2026-11-24T15:30:00Z'))).toBe('2026-11-24')
  })

  it('counts the findings handed to repair by their request numbers', () => {
    expect(handedToRepair([{ requestNumber: 'BX-1' }, { requestNumber: null }, {}])).toBe(1)
  })
})

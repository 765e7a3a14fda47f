import { describe, expect, it } from 'vitest'
import type { TimelineEntry } from '@/api/types'
import { entrySummary, formatFen, mayTake } from './follow'

const t = (key: string, values?: Record<string, unknown>) => (values ? `${key}(${JSON.stringify(values)})` : key)
const entry = (action: string, details: Record<string, unknown>): TimelineEntry => ({
  id: 1,
  at: '2026-11-25T02:00:00Z',
  action,
  details,
  visibility: 'CUSTOMER',
})

describe('following a request', () => {
  it('shows money in yuan from fen', () => {
    expect(formatFen(35000)).toBe('¥350.00')
    expect(formatFen(35050, 'en')).toBe('¥350.50')
    expect(formatFen(null)).toBe('')
  })

  it("sums up the owner's answer to a plan with its price", () => {
    expect(entrySummary(entry('CONFIRM_PLAN', { accepted: false, quotedFen: 80000 }), t)).toBe(
      'follow.detailRejected · follow.quote ¥800.00',
    )
    expect(entrySummary(entry('AGREE_PLAN', { quotedFen: 35000 }), t)).toBe('follow.quote ¥350.00')
  })

  it('sums up the verdict on the work and its rating', () => {
    expect(entrySummary(entry('VERIFY', { satisfied: true, rating: 4, confirmedVia: 'PORTAL' }), t)).toBe(
      'follow.detailSatisfied · follow.stars({"n":4})',
    )
    expect(entrySummary(entry('COMPLETE', { warranty: 'IN_WARRANTY', chargeFen: 0 }), t)).toBe('')
    expect(entrySummary(entry('RESPOND', {}), t)).toBe('')
  })

  it('offers a step only when the server allows it now', () => {
    expect(mayTake({ allowedActions: ['confirm-plan'] }, 'confirm-plan')).toBe(true)
    expect(mayTake({ allowedActions: [] }, 'verify')).toBe(false)
    expect(mayTake(null, 'verify')).toBe(false)
  })
})

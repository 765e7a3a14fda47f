import { describe, expect, it } from 'vitest'
import { drilledFines, fineQuery } from './fineListQuery'

describe('the fine list read from the address', () => {
  it("takes a drill-down's party, node and period, and leaves out what is malformed", () => {
    expect(fineQuery({ party: 'CONTRACTOR', orgNodeId: '2', proposedFrom: '2026-05-31T16:00:00Z', proposedTo: '2026-06-30T16:00:00Z' }))
      .toEqual({ party: 'CONTRACTOR', orgNodeId: 2, proposedFrom: '2026-05-31T16:00:00Z', proposedTo: '2026-06-30T16:00:00Z' })
    expect(fineQuery({ party: 'NOBODY', orgNodeId: '-1', proposedFrom: 'yesterday', proposedTo: ['x'] }))
      .toEqual({ party: undefined, orgNodeId: undefined, proposedFrom: undefined, proposedTo: undefined })
  })

  it('names them as tags', () => {
    const t = (key: string, v?: Record<string, unknown>) => key + (v ? JSON.stringify(v) : '')
    expect(drilledFines({ party: 'CONTRACTOR', orgNodeId: '2', proposedTo: '2026-06-30T16:00:00Z' }, t, (iso) => 'at ' + iso)).toEqual([
      'fines.party: dashboard.terms.party.CONTRACTOR', 'drill.orgNode{"id":2}', 'drill.proposed{"from":"…","to":"at 2026-06-30T16:00:00Z"}',
    ])
    expect(drilledFines({}, t, (iso) => iso)).toEqual([])
  })
})

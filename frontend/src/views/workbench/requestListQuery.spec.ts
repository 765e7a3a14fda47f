import { describe, expect, it } from 'vitest'
import { NO_DRILL, drilledFilters, listQuery, type ListFilters } from './requestListQuery'

const none: ListFilters = { q: '', from: '', to: '', ...NO_DRILL }

describe('the request list read from the address', () => {
  it('turns the days of the form into Shanghai instants, the end day included', () => {
    expect(listQuery({ ...none, from: '2026-06-01', to: '2026-06-30' })).toMatchObject({
      createdFrom: '2026-05-31T16:00:00.000Z', createdTo: '2026-06-30T16:00:00.000Z',
    })
  })

  it("takes a drill-down's instants, node, project and ids as they are", () => {
    expect(listQuery({ ...none, from: '2026-01-01', createdFrom: '2026-05-31T16:00:00Z', createdTo: '2026-06-30T16:00:00Z', orgNodeId: '2', projectId: '17', ids: '31,12' }))
      .toEqual({ q: undefined, createdFrom: '2026-05-31T16:00:00Z', createdTo: '2026-06-30T16:00:00Z', orgNodeId: 2, projectId: 17, ids: [31, 12] })
  })

  it('leaves out what is malformed instead of sending it', () => {
    expect(listQuery({ ...none, createdFrom: 'yesterday', orgNodeId: '2x', projectId: '-1', ids: 'a,,7' }))
      .toEqual({ q: undefined, createdFrom: undefined, createdTo: undefined, orgNodeId: undefined, projectId: undefined, ids: [7] })
  })

  it("takes what a chart counted as the list's filters: grade, open, a clock's outcome, a level, with their periods", () => {
    expect(listQuery({ ...none, grade: '2', open: 'true', clock: 'COMPLAINT_DISPATCH', clockOutcome: 'BREACHED', decidedFrom: '2026-05-31T16:00:00Z', escalationLevel: 'HEADQUARTERS', escalatedTo: '2026-06-30T16:00:00Z', receivedFrom: '2026-05-31T16:00:00Z' }))
      .toMatchObject({ grade: 2, open: true, clock: 'COMPLAINT_DISPATCH', clockOutcome: 'BREACHED', decidedFrom: '2026-05-31T16:00:00Z', escalationLevel: 'HEADQUARTERS', escalatedTo: '2026-06-30T16:00:00Z', receivedFrom: '2026-05-31T16:00:00Z' })
    const hostile = listQuery({ ...none, grade: '9', open: 'yes', clock: "x' or 1=1", clockOutcome: 'MAYBE', escalationLevel: 'moon', decidedTo: 'tomorrow' })
    expect([hostile.grade, hostile.open, hostile.clock, hostile.clockOutcome, hostile.escalationLevel, hostile.decidedTo]).toEqual([undefined, undefined, undefined, undefined, undefined, undefined])
  })

  it('names the filters the form does not show', () => {
    const t = (key: string, v?: Record<string, unknown>) => key + (v ? JSON.stringify(v) : '')
    expect(drilledFilters({ ...none, channel: 'PHONE', orgNodeId: '2', createdFrom: 'A', ids: '1,2,3' }, t, (iso) => 'at ' + iso)).toEqual([
      'requests.channel: channel.PHONE', 'drill.orgNode{"id":"2"}', 'drill.created{"from":"at A","to":"…"}', 'drill.ids{"n":3}',
    ])
    expect(drilledFilters({ ...none, grade: '2', open: 'true', clock: 'REPAIR_CONTACT', clockOutcome: 'MET', escalationLevel: 'HEADQUARTERS', escalatedFrom: 'B' }, t, (iso) => iso)).toEqual([
      'dashboard.gradeNames.2', 'drill.open', 'drill.clock{"limit":"dashboard.limits.REPAIR_CONTACT","outcome":"dashboard.terms.met"}',
      'drill.escalation{"level":"dashboard.levels.HEADQUARTERS"}', 'drill.escalated{"from":"B","to":"…"}',
    ])
    expect(drilledFilters(none, t, (iso) => iso)).toEqual([])
  })
})

import { describe, expect, it } from 'vitest'
import { drilledFilters, listQuery, type ListFilters } from './requestListQuery'

const none: ListFilters = { q: '', from: '', to: '', channel: '', orgNodeId: '', projectId: '', createdFrom: '', createdTo: '', ids: '' }

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

  it('names the filters the form does not show', () => {
    const t = (key: string, v?: Record<string, unknown>) => key + (v ? JSON.stringify(v) : '')
    expect(drilledFilters({ ...none, channel: 'PHONE', orgNodeId: '2', createdFrom: 'A', ids: '1,2,3' }, t, (iso) => 'at ' + iso)).toEqual([
      'requests.channel: channel.PHONE', 'drill.orgNode{"id":"2"}', 'drill.created{"from":"at A","to":"…"}', 'drill.ids{"n":3}',
    ])
    expect(drilledFilters(none, t, (iso) => iso)).toEqual([])
  })
})

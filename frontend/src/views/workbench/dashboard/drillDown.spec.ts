import { describe, expect, it } from 'vitest'
import { drillTarget, fineBar, gradeSlice, hotspotBar, volumeCell } from './drillDown'
import { defaultPeriod, periodOf, shanghaiToday } from './period'
import type { DrillDown, FineChart, GradeChart, HotspotChart, VolumeChart } from './types'

const buckets = [
  { start: '2026-06-01', from: '2026-05-31T16:00:00Z', to: '2026-06-30T16:00:00Z' },
  { start: '2026-07-01', from: '2026-06-30T16:00:00Z', to: '2026-07-15T16:00:00Z' },
]
const requests: DrillDown = { path: '/api/v1/requests', params: { orgNodeId: 2, kind: 'REPAIR' }, fromParam: 'createdFrom', toParam: 'createdTo', keyParam: 'channel' }

describe('the drill-down from a chart to the list behind it', () => {
  it("opens the request list with the drill-down's params, the bucket's instants and the series key", () => {
    expect(drillTarget(requests, [buckets[1]], 'PHONE')).toEqual({
      name: 'requests',
      query: { orgNodeId: '2', kind: 'REPAIR', createdFrom: '2026-06-30T16:00:00Z', createdTo: '2026-07-15T16:00:00Z', channel: 'PHONE' },
    })
  })

  it('spans the whole period for a total (a slice): from the first bucket to the end of the last', () => {
    const target = drillTarget({ ...requests, keyParam: undefined }, buckets, '3')
    expect(target?.query).toEqual({ orgNodeId: '2', kind: 'REPAIR', createdFrom: '2026-05-31T16:00:00Z', createdTo: '2026-07-15T16:00:00Z' })
  })

  it('opens nothing for the group without a value, which the list cannot filter on, nor for an unknown list', () => {
    expect(drillTarget(requests, [buckets[0]], null)).toBeNull()
    expect(drillTarget({ ...requests, path: '/api/v1/clocks' }, [buckets[0]], 'PHONE')).toBeNull()
    expect(drillTarget(undefined, [buckets[0]], 'PHONE')).toBeNull()
  })

  it('maps a bar of the volumes chart to its series and bucket', () => {
    const chart: VolumeChart = {
      buckets,
      series: [{ key: 'COMPLAINT', counts: [1, 0] }, { key: 'REPAIR', counts: [0, 4] }],
      drillDown: { path: '/api/v1/requests', params: { orgNodeId: 7 }, fromParam: 'createdFrom', toParam: 'createdTo', keyParam: 'kind' },
    }
    expect(volumeCell(chart, 1, 1)?.query).toEqual({ orgNodeId: '7', createdFrom: buckets[1].from, createdTo: buckets[1].to, kind: 'REPAIR' })
    expect(volumeCell(chart, 2, 0)).toBeNull()
  })

  it("maps a grade's slice to the period's complaints, a fine's bar to the fines of its status", () => {
    const grades: GradeChart = {
      buckets, series: [{ key: '2', total: 1 }],
      drillDown: { path: '/api/v1/requests', params: { orgNodeId: 7, kind: 'COMPLAINT' }, fromParam: 'createdFrom', toParam: 'createdTo' },
    }
    expect(gradeSlice(grades, 0)).toEqual({ name: 'requests', query: { orgNodeId: '7', kind: 'COMPLAINT', createdFrom: buckets[0].from, createdTo: buckets[1].to } })
    const fines: FineChart = { drillDown: { path: '/api/v1/fines', params: {}, keyParam: 'status' } }
    expect(fineBar(fines, 0)).toEqual({ name: 'fines', query: { status: 'PROPOSED' } })
    expect(fineBar(fines, 2)).toEqual({ name: 'fines', query: { status: 'WAIVED' } })
  })

  it("maps a project's hotspot bar to the ids of its open hotspot complaints", () => {
    const chart: HotspotChart = {
      byProject: [{ key: '9', total: 2 }, { key: undefined, total: 1 }],
      newest: [{ requestId: 31, projectId: 9 }, { requestId: 30, projectId: 4 }, { requestId: 12, projectId: 9 }, { requestId: 11 }],
    }
    expect(hotspotBar(chart, 0)).toEqual({ name: 'requests', query: { ids: '31,12' } })
    expect(hotspotBar(chart, 1)).toEqual({ name: 'requests', query: { ids: '11' } })
  })
})

describe('the dashboard period', () => {
  it('is the current month and the five before it, by month, in Shanghai', () => {
    expect(defaultPeriod('2026-11-25')).toEqual({ from: '2026-06-01', to: '2026-11-25', bucket: 'MONTH' })
    expect(defaultPeriod('2026-03-02')).toEqual({ from: '2025-10-01', to: '2026-03-02', bucket: 'MONTH' })
    // 2026-11-25 17:00 UTC is already the 26th in Shanghai
    expect(shanghaiToday(new Date('2026-11-25T17:00:00Z'))).toBe('2026-11-26')
  })

  it('reads the address, and falls back part by part on what is missing or malformed', () => {
    const fallback = defaultPeriod('2026-11-25')
    expect(periodOf({ from: '2026-01-01', to: '2026-01-31', bucket: 'DAY' }, fallback)).toEqual({ from: '2026-01-01', to: '2026-01-31', bucket: 'DAY' })
    expect(periodOf({ from: 'yesterday', bucket: 'YEAR', to: ['x'] }, fallback)).toEqual(fallback)
  })
})

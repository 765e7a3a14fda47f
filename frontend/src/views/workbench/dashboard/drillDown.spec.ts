import { describe, expect, it } from 'vitest'
import { bucketCell, busiestLimit, drillTarget, fineBar, gradeSlice, hotspotBar, onTimeBar } from './drillDown'
import { defaultPeriod, periodOf, shanghaiToday } from './period'
import type { DrillDown, EscalationChart, FineChart, GradeChart, HotspotChart, OnTimeChart, VolumeChart } from './types'

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
    expect(bucketCell(chart, 1, 1)?.query).toEqual({ orgNodeId: '7', createdFrom: buckets[1].from, createdTo: buckets[1].to, kind: 'REPAIR' })
    expect(bucketCell(chart, 2, 0)).toBeNull()
  })

  it("maps a grade's slice to the period's complaints of that grade, a fine's bar to its status and party", () => {
    const grades: GradeChart = {
      buckets, series: [{ key: '2', total: 1 }],
      drillDown: { path: '/api/v1/requests', params: { orgNodeId: 7, kind: 'COMPLAINT' }, fromParam: 'receivedFrom', toParam: 'receivedTo', keyParam: 'grade' },
    }
    expect(gradeSlice(grades, 0)).toEqual({ name: 'requests', query: { orgNodeId: '7', kind: 'COMPLAINT', receivedFrom: buckets[0].from, receivedTo: buckets[1].to, grade: '2' } })
    const fines: FineChart = { drillDown: { path: '/api/v1/fines', params: { orgNodeId: 7, proposedFrom: 'A', proposedTo: 'B' }, keyParam: 'status', segmentParam: 'party' } }
    expect(fineBar(fines, 0, 1)).toEqual({ name: 'fines', query: { orgNodeId: '7', proposedFrom: 'A', proposedTo: 'B', status: 'PROPOSED', party: 'PROPERTY_MAINTENANCE' } })
    expect(fineBar(fines, 2, 3)?.query).toMatchObject({ status: 'WAIVED', party: 'RESPONSIBLE_SPECIALIST' })
    expect(fineBar(fines, 3, 0)).toBeNull()
  })

  it('maps an on-time bar to the requests whose clock of the shown limit was met or breached in its bucket', () => {
    const chart: OnTimeChart = {
      buckets,
      series: [{ key: 'REPAIR_CONTACT', totalMet: 1, totalBreached: 0 }, { key: 'COMPLAINT_DISPATCH', totalMet: 2, totalBreached: 3 }],
      drillDown: { path: '/api/v1/requests', params: { orgNodeId: 7 }, fromParam: 'decidedFrom', toParam: 'decidedTo', keyParam: 'clock', segmentParam: 'clockOutcome' },
    }
    expect(busiestLimit(chart)).toBe('COMPLAINT_DISPATCH')
    expect(busiestLimit(null)).toBe('')
    expect(onTimeBar(chart, 'COMPLAINT_DISPATCH', 1, 0)).toEqual({
      name: 'requests', query: { orgNodeId: '7', decidedFrom: buckets[0].from, decidedTo: buckets[0].to, clock: 'COMPLAINT_DISPATCH', clockOutcome: 'BREACHED' },
    })
    expect(onTimeBar(chart, 'COMPLAINT_DISPATCH', 0, 1)?.query).toMatchObject({ clockOutcome: 'MET', decidedFrom: buckets[1].from })
    // the rate's line (series 2) and a chart without a list (by project over every limit) open nothing
    expect(onTimeBar(chart, 'COMPLAINT_DISPATCH', 2, 0)).toBeNull()
    expect(onTimeBar({ ...chart, drillDown: undefined }, 'COMPLAINT_DISPATCH', 0, 0)).toBeNull()
  })

  it("maps an escalation bar to its level and day, a project's hotspot bar to its open hotspot complaints", () => {
    const escalations: EscalationChart = {
      buckets, series: [{ key: 'HEADQUARTERS', counts: [0, 1] }],
      drillDown: { path: '/api/v1/requests', params: { orgNodeId: 7 }, fromParam: 'escalatedFrom', toParam: 'escalatedTo', keyParam: 'escalationLevel' },
    }
    expect(bucketCell(escalations, 0, 1)?.query).toEqual({ orgNodeId: '7', escalatedFrom: buckets[1].from, escalatedTo: buckets[1].to, escalationLevel: 'HEADQUARTERS' })
    const chart: HotspotChart = {
      byProject: [{ key: '9', total: 2 }, { key: undefined, total: 1 }],
      drillDown: { path: '/api/v1/requests', params: { orgNodeId: 7, grade: 2, open: true }, keyParam: 'projectId' },
    }
    expect(hotspotBar(chart, 0)).toEqual({ name: 'requests', query: { orgNodeId: '7', grade: '2', open: 'true', projectId: '9' } })
    expect(hotspotBar(chart, 1)).toBeNull()
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

import { describe, expect, it } from 'vitest'
import { bucketLabel, fines, hotspots, onTime, PALETTE, ratePerBucket, slices, stackedBars, yuan, type Words } from './charts'
import type { BarSeriesOption, LineSeriesOption, PieSeriesOption } from 'echarts/charts'
import type { FineChart, HotspotChart, OnTimeChart, VolumeChart } from './types'

const words: Words = { key: (k) => (k === null || k === undefined ? 'none' : 'label:' + k), term: (n) => 'term:' + n }

const buckets = [
  { start: '2026-06-01', from: '2026-05-31T16:00:00Z', to: '2026-06-30T16:00:00Z' },
  { start: '2026-07-01', from: '2026-06-30T16:00:00Z', to: '2026-07-31T16:00:00Z' },
]

describe('the dashboard chart options', () => {
  it('lays volumes out as one stacked bar series per key, one value per bucket, in the order of the buckets', () => {
    const chart: VolumeChart = {
      groupBy: 'KIND', buckets, total: 9,
      series: [{ key: 'COMPLAINT', counts: [1, 2], total: 3 }, { key: 'REPAIR', counts: [4, 2], total: 6 }, { key: undefined, counts: [0, 0], total: 0 }],
    }
    const option = stackedBars(chart, 'MONTH', words, 'volumes')
    const series = option.series as BarSeriesOption[]
    expect(series.map((s) => [s.type, s.stack, s.name, s.data])).toEqual([
      ['bar', 'total', 'label:COMPLAINT', [1, 2]],
      ['bar', 'total', 'label:REPAIR', [4, 2]],
      ['bar', 'total', 'none', [0, 0]],
    ])
    expect(option.xAxis).toMatchObject({ type: 'category', data: ['2026-06', '2026-07'] })
    expect(option.aria).toEqual({ enabled: true, label: { description: 'volumes' } })
    expect(option.color).toBe(PALETTE)
    // no HTML tooltips: their inline styles break the Content-Security-Policy
    expect(option.tooltip).toMatchObject({ renderMode: 'richText' })
  })

  it('labels a month by its month, a week or a day by its first day, with the year when the period spans two', () => {
    expect(bucketLabel('2026-06-01', 'MONTH')).toBe('2026-06')
    expect(bucketLabel('2026-06-08', 'WEEK')).toBe('06-08')
    expect(bucketLabel('2026-06-08', 'DAY', true)).toBe('2026-06-08')
    const weeks = stackedBars({ buckets: [{ start: '2025-12-29' }, { start: '2026-01-05' }], series: [] }, 'WEEK', words, '')
    expect(weeks.xAxis).toMatchObject({ data: ['2025-12-29', '2026-01-05'] })
  })

  it("shows one limit's on-time clocks per bucket (or sums them all), and the rate in percent is null where none was decided", () => {
    const chart: OnTimeChart = {
      buckets: [...buckets, { start: '2026-08-01' }],
      series: [
        { key: 'REPAIR_CONTACT', met: [3, 0, 0], breached: [1, 0, 0] },
        { key: 'COMPLAINT_DISPATCH', met: [1, 1, 0], breached: [0, 2, 0] },
      ],
    }
    expect(ratePerBucket(chart)).toEqual({ met: [4, 1, 0], breached: [1, 2, 0], rate: [80, 33.33, null] })
    const option = onTime(chart, 'COMPLAINT_DISPATCH', 'MONTH', words, 'on time')
    const [met, breached, rate] = option.series as [BarSeriesOption, BarSeriesOption, LineSeriesOption]
    expect([met.name, met.data, breached.name, breached.data]).toEqual(['term:met', [1, 1, 0], 'term:breached', [0, 2, 0]])
    expect([rate.type, rate.yAxisIndex, rate.data]).toEqual(['line', 1, [100, 33.33, null]])
    expect(option.tooltip).toMatchObject({ trigger: 'axis', renderMode: 'richText' })
  })

  it("makes one slice per grade of the period's totals", () => {
    const option = slices([{ key: '2', counts: [1, 0], total: 1 }, { key: '4', counts: [2, 3], total: 5 }], words, 'grades')
    const [pie] = option.series as PieSeriesOption[]
    expect(pie.data).toEqual([{ name: 'label:2', value: 1 }, { name: 'label:4', value: 5 }])
  })

  it('shows hotspots as one bar per project, named by the project', () => {
    const chart: HotspotChart = { total: 3, byProject: [{ key: '7', counts: [2], total: 2 }, { key: '9', counts: [1], total: 1 }], newest: [] }
    const option = hotspots(chart, words, 'hotspots')
    expect(option.yAxis).toMatchObject({ type: 'category', data: ['label:7', 'label:9'] })
    expect((option.series as BarSeriesOption[])[0].data).toEqual([2, 1])
  })

  it('counts fines per liable party, stacked by status, zero where a party has none', () => {
    const chart: FineChart = {
      count: 4,
      cells: [
        { status: 'PROPOSED', party: 'REPAIR_PERSON', count: 2, amountFen: 120000 },
        { status: 'APPROVED', party: 'CONTRACTOR', count: 1, amountFen: 20000 },
        { status: 'PROPOSED', party: 'CONTRACTOR', count: 1, amountFen: 40000 },
      ],
    }
    const option = fines(chart, words, 'fines')
    expect(option.xAxis).toMatchObject({ data: ['term:party.CONTRACTOR', 'term:party.PROPERTY_MAINTENANCE', 'term:party.REPAIR_PERSON', 'term:party.RESPONSIBLE_SPECIALIST'] })
    expect((option.series as BarSeriesOption[]).map((s) => [s.name, s.data])).toEqual([
      ['term:fineStatus.PROPOSED', [1, 0, 2, 0]],
      ['term:fineStatus.APPROVED', [1, 0, 0, 0]],
      ['term:fineStatus.WAIVED', [0, 0, 0, 0]],
    ])
  })

  it('writes fen as yuan with two decimals', () => {
    expect(yuan(60000)).toBe('600.00')
    expect(yuan(12345)).toBe('123.45')
    expect(yuan(undefined)).toBe('0.00')
  })
})

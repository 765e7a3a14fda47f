import { describe, expect, it } from 'vitest'
import {
  countBars, defectPeriods, defectReportUrl, downloadUrl, kpiValue, monthOf, previousMonth, previousQuarter, quarterOf, rateBars,
  recentQuarters, surveyRate, surveyScore,
} from './monthly'

describe('the monthly report screen', () => {
  it('reads the month before today by default, also across a new year', () => {
    expect(previousMonth('2026-11-24')).toBe('2026-10')
    expect(previousMonth('2027-01-01')).toBe('2026-12')
  })

  it('takes the month of the address only when it is well formed and not in the future', () => {
    expect(monthOf('2026-03', '2026-11-24')).toBe('2026-03')
    expect(monthOf('2026-11', '2026-11-24')).toBe('2026-11')
    expect(monthOf('2026-12', '2026-11-24')).toBe('2026-10')
    expect(monthOf('2026-13', '2026-11-24')).toBe('2026-10')
    expect(monthOf(['2026-03'], '2026-11-24')).toBe('2026-10')
  })

  it('shows a rate in per cent, a score with two decimals, a count whole, and no data as a dash', () => {
    expect(kpiValue({ unit: 'RATE', value: 0.6667 })).toBe('66.7%')
    expect(kpiValue({ unit: 'SCORE', value: 3.5 })).toBe('3.50')
    expect(kpiValue({ unit: 'COUNT', value: 2 })).toBe('2')
    expect(kpiValue({ unit: 'RATE', value: null })).toBe('–')
  })

  it('downloads the node and month asked in the format asked', () => {
    expect(downloadUrl('7', '2026-10', 'pdf')).toBe('/api/v1/reports/monthly?month=2026-10&format=pdf&org=7')
    expect(downloadUrl('', '2026-10', 'xlsx')).toBe('/api/v1/reports/monthly?month=2026-10&format=xlsx')
  })

  it('draws the largest count on top and each limit as per cent', () => {
    const bars = countBars([{ label: '报修', count: 3 }, { label: '投诉', count: 1 }], 'd', '数量') as {
      yAxis: { data: string[] }; series: { data: number[] }[]
    }
    expect(bars.yAxis.data).toEqual(['投诉', '报修'])
    expect(bars.series[0].data).toEqual([1, 3])
    const rates = rateBars([{ label: 'A', rate: 0.6667 }, { label: 'B', rate: null }], 'd', '及时率') as {
      series: { data: number[] }[]
    }
    expect(rates.series[0].data).toEqual([66.7, 0])
  })

  it('reads the quarter before today by default and takes a quarter of the address only when it is not in the future', () => {
    expect(previousQuarter('2026-11-24')).toBe('2026-Q3')
    expect(previousQuarter('2027-02-01')).toBe('2026-Q4')
    expect(quarterOf('2026-Q4', '2026-11-24')).toBe('2026-Q4')
    expect(quarterOf('2027-Q1', '2026-11-24')).toBe('2026-Q3')
    expect(quarterOf('2026-Q5', '2026-11-24')).toBe('2026-Q3')
    expect(quarterOf(['2026-Q1'], '2026-11-24')).toBe('2026-Q3')
    expect(recentQuarters('2026-11-24', 3)).toEqual(['2026-Q4', '2026-Q3', '2026-Q2'])
    expect(recentQuarters('2026-02-01', 2)).toEqual(['2026-Q1', '2025-Q4'])
  })

  it('downloads a quarter from the quarterly report and a period of the defect report', () => {
    expect(downloadUrl('7', '2026-Q3', 'xlsx')).toBe('/api/v1/reports/quarterly?period=2026-Q3&format=xlsx&org=7')
    expect(defectReportUrl('2026-10', 'pdf')).toBe('/api/v1/reports/defects?period=2026-10&format=pdf')
    const periods = defectPeriods('2026-11-24')
    expect(periods.slice(0, 3)).toEqual(['2026-11', '2026-10', '2026-09'])
    expect(periods).toHaveLength(16)
    expect(periods.slice(12)).toEqual(['2026-Q4', '2026-Q3', '2026-Q2', '2026-Q1'])
  })

  it('shows a survey line\'s satisfied rate in per cent and its average with two decimals, no ratings as a dash', () => {
    expect(surveyRate(0.75)).toBe('75.0%')
    expect(surveyScore(3.75)).toBe('3.75')
    expect(surveyRate(null)).toBe('–')
    expect(surveyScore(undefined)).toBe('–')
  })
})

import { describe, expect, it } from 'vitest'
import { askable, excerpt, MAX_CHARS } from './cases'
import { heatMapOption, total, trendOption, type HeatMap } from './defects'

describe('askable', () => {
  it('asks about a description long enough to say something, trimmed and bounded', () => {
    expect(askable('  漏水 ')).toBeNull()
    expect(askable(undefined)).toBeNull()
    expect(askable(' 卫生间漏水 ')).toBe('卫生间漏水')
    expect(askable('漏'.repeat(5000))).toHaveLength(MAX_CHARS)
  })
  it('cuts a long line with an ellipsis', () => {
    expect(excerpt('地下车库渗水', 4)).toBe('地下车库…')
    expect(excerpt(null)).toBe('')
  })
})

const MAP: HeatMap = { by: 'FLOOR', buildings: ['1栋', '2栋'], columns: ['1', '2'], cells: [[0, 0, 2], [1, 0, 0], [0, 1, 1], [1, 1, 0]], max: 2 }

describe('heatMapOption', () => {
  it('puts buildings down, columns across and the cells as the API gave them', () => {
    const option = heatMapOption(MAP, (c) => c + 'F', '缺陷热力图')
    expect(option.yAxis.data).toEqual(['1栋', '2栋'])
    expect(option.xAxis.data).toEqual(['1F', '2F'])
    expect(option.series[0].data).toBe(MAP.cells)
    expect(option.visualMap.max).toBe(2)
    expect(total(MAP)).toBe(3)
  })
  it('keeps a colour scale when there is no defect at all', () => {
    expect(heatMapOption({ ...MAP, cells: [], max: 0 }, String, '').visualMap.max).toBe(1)
    expect(total(null)).toBe(0)
  })
})

describe('trendOption', () => {
  it('stacks the causes per month and draws the total', () => {
    const option = trendOption([{ month: '2026-10-01', defects: 3, byCause: { IN_WARRANTY: 2, UNDETERMINED: 1 } },
      { month: '2026-11-01', defects: 0, byCause: {} }], (c) => c, 'total')
    expect(option.xAxis.data).toEqual(['2026-10', '2026-11'])
    expect(option.series[0].data).toEqual([2, 0])
    expect(option.series[2].data).toEqual([1, 0])
    expect(option.series[3]).toMatchObject({ type: 'line', data: [3, 0] })
  })
})

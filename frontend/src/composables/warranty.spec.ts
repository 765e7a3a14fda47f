import { describe, expect, it } from 'vitest'
import { belowFloor, changedPeriods, componentOfField, homesFirst, ordered, period, tone, type ComponentWarranty } from './warranty'

const row = (componentCode: string, state: ComponentWarranty['state'], endsOn: string | null): ComponentWarranty => ({
  componentCode, nameZh: componentCode, nameEn: componentCode, warrantyGroup: 'OTHER', months: 12, endsOn, state,
})

describe('a unit warranty', () => {
  it('shows what ends soon first, then the nearest last day, and the ended ones last', () => {
    const rows = [row('A', 'ENDED', '2025-06-30'), row('B', 'IN_WARRANTY', '2074-06-30'), row('C', 'IN_WARRANTY', '2029-06-30'), row('D', 'ENDING_SOON', '2026-12-20')]
    expect(ordered(rows).map((r) => r.componentCode)).toEqual(['D', 'C', 'B', 'A'])
  })

  it('tells a state by its tone and a period in years when it is whole years', () => {
    expect(tone('ENDING_SOON')).toBe('warning')
    expect(tone('ENDED')).toBe('danger')
    expect(period(600)).toEqual({ key: 'years', n: 50 })
    expect(period(6)).toEqual({ key: 'months', n: 6 })
    expect(period(0)).toEqual({ key: 'months', n: 0 })
  })
})

describe('the certificate editor', () => {
  const floor = { componentCode: 'WINDOW', nameZh: '窗户', nameEn: 'Windows', warrantyGroup: 'DOORS_WINDOWS', floorMonths: 12 }

  it('finds the component a refusal names', () => {
    expect(componentOfField('periods.WINDOW.months')).toBe('WINDOW')
    expect(componentOfField('periods.NO_SUCH')).toBe('NO_SUCH')
    expect(componentOfField('completedOn')).toBeNull()
  })

  it('marks a period below its floor, never one without a floor', () => {
    expect(belowFloor({ ...floor, months: 11 })).toBe(true)
    expect(belowFloor({ ...floor, months: 24 })).toBe(false)
    expect(belowFloor({ ...floor, floorMonths: null, months: 0 })).toBe(false)
  })

  it('sends only the periods the edit changed', () => {
    expect(changedPeriods([{ ...floor, months: 12 }, { ...floor, componentCode: 'ROOF', months: 60 }],
      [{ ...floor, months: 24 }, { ...floor, componentCode: 'ROOF', months: 60 }])).toEqual({ WINDOW: 24 })
  })
})

describe('the owner’s homes in the warranty tab', () => {
  it('puts the homes handed over first, the longest ago first, and those not handed over after them', () => {
    const units = [
      { id: 4, deliveredOn: undefined },
      { id: 3, deliveredOn: '2026-11-20' },
      { id: 2, deliveredOn: null },
      { id: 1, deliveredOn: '2024-07-01' },
    ]
    expect(homesFirst(units).map((u) => u.id)).toEqual([1, 3, 4, 2])
  })
})

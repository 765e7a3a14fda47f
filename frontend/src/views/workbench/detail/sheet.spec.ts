import { describe, expect, it } from 'vitest'
import type { TimelineEntry } from '@/api/types'
import { sheetSteps } from './sheet'

const entry = (id: number): TimelineEntry => ({ id, at: `2026-11-0${(id % 9) + 1}T00:00:00Z`, action: 'NOTE', visibility: 'INTERNAL' })

describe('the steps on the complaint handling form', () => {
  it('are all of them when they fit', () => {
    const timeline = [1, 2, 3].map(entry)
    expect(sheetSteps(timeline)).toEqual({ steps: timeline, omitted: 0 })
  })

  it('are the latest that fit, oldest first, with the count of those left out', () => {
    const timeline = Array.from({ length: 20 }, (_, i) => entry(i + 1))
    const { steps, omitted } = sheetSteps(timeline, 12)
    expect(steps.map((s) => s.id)).toEqual([9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20])
    expect(omitted).toBe(8)
  })
})

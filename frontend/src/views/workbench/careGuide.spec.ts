import { describe, expect, it } from 'vitest'
import { guideRows, maySave } from './careGuide'

describe('the care guide editor', () => {
  it('lists every component, its guide where one is written and an empty one at version 0 where not', () => {
    const rows = guideRows([{ code: 'ROOF' }, { code: 'WINDOW' }], [{ componentCode: 'WINDOW', checks: '看', care: '擦', version: 3 }])
    expect(rows.map((r) => [r.componentCode, r.version, r.checks])).toEqual([['ROOF', 0, ''], ['WINDOW', 3, '看']])
  })

  it('saves a row only when both texts are written and one changed', () => {
    const original = { componentCode: 'WINDOW', checks: '看', care: '擦', version: 3 }
    expect(maySave({ ...original }, original)).toBe(false)
    expect(maySave({ ...original, care: '擦干净' }, original)).toBe(true)
    expect(maySave({ ...original, care: ' ' }, original)).toBe(false)
  })
})

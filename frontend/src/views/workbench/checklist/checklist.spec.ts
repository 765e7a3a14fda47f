import { describe, expect, it } from 'vitest'
import { bodyOf, emptyRow, limitOf, problemsByField, rowsOf } from './checklist'

describe('the checklist form', () => {
  const items = [
    { code: 'HOLLOW_AREA', title: '空鼓', titleEn: 'Hollow', rooms: [], componentCode: 'WALL', kind: 'MEASUREMENT' as const, unit: 'SQUARE_CENTIMETRES' as const, max: 400, source: '看房指引' },
    { code: 'DOOR_FIT', title: '入户门', titleEn: 'Door', rooms: ['ENTRANCE' as const], componentCode: 'ENTRANCE_DOOR', kind: 'CHECK' as const },
  ]

  it('holds a version\'s items with their limits as text, and sends them back unchanged', () => {
    const rows = rowsOf(items)
    expect(rows[0]).toMatchObject({ min: '', max: '400', unit: 'SQUARE_CENTIMETRES' })
    expect(rows[1]).toMatchObject({ unit: '', min: '', max: '', rooms: ['ENTRANCE'] })
    const { items: sent, notNumbers } = bodyOf(rows)
    expect(notNumbers).toEqual([])
    expect(sent[0]).toEqual({ ...items[0], min: null })
    expect(sent[1]).toEqual({ ...items[1], unit: null, min: null, max: null, source: null })
  })

  it('sends a check without unit or limits, and names a limit that is not a number in the server\'s form', () => {
    const rows = [{ ...emptyRow(), kind: 'CHECK' as const, min: '1' }, { ...emptyRow(), max: '三毫米', min: '1.5' }]
    const { items: sent, notNumbers } = bodyOf(rows)
    expect(sent[0]).toMatchObject({ unit: null, min: null, max: null })
    expect(sent[1]).toMatchObject({ min: 1.5, max: null, unit: 'MILLIMETRES' })
    expect(notNumbers).toEqual(['items[1].max'])
  })

  it('reads limits: nothing is none, negatives go to the server to refuse, words and exponents are not numbers', () => {
    expect(limitOf(' ')).toBeNull()
    expect(limitOf('-5')).toBe(-5)
    expect(limitOf('0.25')).toBe(0.25)
    expect(limitOf('1e9')).toBe('not-a-number')
    expect(limitOf('4OO')).toBe('not-a-number')
  })

  it('puts the server\'s problems at the field of the item they name', () => {
    expect(problemsByField([
      { field: 'items[3].max', reason: '不能小于 5' },
      { field: 'items[3].max', reason: 'again' },
      { field: 'items[0].code', reason: '重复' },
      { field: 'items[2]', reason: '必填' },
      { field: 'items', reason: '1 到 100 项' },
    ])).toEqual({ '3.max': '不能小于 5; again', '0.code': '重复', '2.': '必填', '': '1 到 100 项' })
  })
})

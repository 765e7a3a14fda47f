import { describe, expect, it } from 'vitest'
import { assignmentBody, entriesOf, findingOf, itemsOf, mayAssign, parseMeasurement, pngBlob, reinspectable, resultOf, signOffBlock, standardText, type Item, type Result } from './walk'

const AREA: Item = { code: 'HOLLOW_AREA', title: '空鼓面积', titleEn: 'Hollow area', rooms: [], kind: 'MEASUREMENT', unit: 'SQUARE_CENTIMETRES', max: 400 }
const SLOPE: Item = { code: 'FLOOR_SLOPES_TO_DRAIN', title: '坡度', titleEn: 'Slope', rooms: ['BATHROOM', 'BALCONY'], kind: 'CHECK' }
const GAP: Item = { code: 'GAP', title: '缝隙', titleEn: 'Gap', rooms: null, kind: 'MEASUREMENT', unit: 'MILLIMETRES', min: 1, max: 3 }
const FALL: Item = { code: 'FALL', title: '坡度', titleEn: 'Fall', kind: 'MEASUREMENT', unit: 'PERCENT', min: 0.5 }

describe('parseMeasurement', () => {
  it('reads digits with up to two decimals in the unit, full-width and with a decimal comma', () => {
    expect(parseMeasurement('520', 'SQUARE_CENTIMETRES')).toEqual({ value: 520 })
    expect(parseMeasurement(' 2.5 ', 'MILLIMETRES')).toEqual({ value: 2.5 })
    expect(parseMeasurement('５２０．５', 'SQUARE_CENTIMETRES')).toEqual({ value: 520.5 })
    expect(parseMeasurement('1,25', 'PERCENT')).toEqual({ value: 1.25 })
    expect(parseMeasurement('0', 'PLACES')).toEqual({ value: 0 })
  })

  it('refuses nothing, words, negatives, three decimals and values beyond the unit', () => {
    expect(parseMeasurement('', 'PLACES')).toEqual({ error: 'empty' })
    expect(parseMeasurement('很大', 'PLACES')).toEqual({ error: 'malformed' })
    expect(parseMeasurement('-5', 'MILLIMETRES')).toEqual({ error: 'malformed' })
    expect(parseMeasurement('1.234', 'MILLIMETRES')).toEqual({ error: 'malformed' })
    expect(parseMeasurement('1e3', 'MILLIMETRES')).toEqual({ error: 'malformed' })
    expect(parseMeasurement('101', 'PERCENT')).toEqual({ error: 'range' })
    expect(parseMeasurement('1000000', 'SQUARE_CENTIMETRES')).toEqual({ value: 1_000_000 })
    expect(parseMeasurement('1000001', 'SQUARE_CENTIMETRES')).toEqual({ error: 'range' })
  })
})

describe('the checklist in a room', () => {
  it('lists the items of the room and those of every room', () => {
    expect(itemsOf([AREA, SLOPE, GAP], 'BEDROOM').map((i) => i.code)).toEqual(['HOLLOW_AREA', 'GAP'])
    expect(itemsOf([AREA, SLOPE, GAP], 'BATHROOM').map((i) => i.code)).toEqual(['HOLLOW_AREA', 'FLOOR_SLOPES_TO_DRAIN', 'GAP'])
  })

  it('writes the standard in the unit', () => {
    expect(standardText(AREA)).toBe('≤ 400 cm²')
    expect(standardText(GAP)).toBe('1–3 mm')
    expect(standardText(FALL)).toBe('≥ 0.5 %')
    expect(standardText(SLOPE)).toBe('')
    expect(standardText({ ...AREA, unit: 'PLACES', max: 2 }, true)).toBe('≤ 2 places')
  })

  it('sends what was entered, leaves out what was not, and names what cannot be sent', () => {
    const { entries, problems } = entriesOf([AREA, SLOPE, GAP], {
      HOLLOW_AREA: { text: '520' },
      FLOOR_SLOPES_TO_DRAIN: { passed: false },
      GAP: { text: 'abc' },
    }, 'BATHROOM', ' 主卫 ')
    expect(entries).toEqual([
      { room: 'BATHROOM', roomName: '主卫', itemCode: 'HOLLOW_AREA', value: 520 },
      { room: 'BATHROOM', roomName: '主卫', itemCode: 'FLOOR_SLOPES_TO_DRAIN', passed: false },
    ])
    expect(problems).toEqual({ GAP: 'malformed' })
    expect(entriesOf([AREA], { HOLLOW_AREA: { text: ' ' } }, 'KITCHEN', '').entries).toEqual([])
  })
})

describe('verdicts and findings', () => {
  const results: Result[] = [
    { id: 7, room: 'KITCHEN', roomName: '', itemCode: 'HOLLOW_AREA', value: 520, passed: false },
    { id: 8, room: 'BEDROOM', roomName: '次卧', itemCode: 'HOLLOW_AREA', value: 100, passed: true },
  ]
  it('finds the server\'s verdict of an item in a room, by the room\'s name too', () => {
    expect(resultOf(results, 'KITCHEN', '', 'HOLLOW_AREA')?.passed).toBe(false)
    expect(resultOf(results, 'BEDROOM', '次卧 ', 'HOLLOW_AREA')?.passed).toBe(true)
    expect(resultOf(results, 'BEDROOM', '', 'HOLLOW_AREA')).toBeUndefined()
  })

  it('links a failed result to the defect it became, a passed one to none', () => {
    const findings = [{ id: 3, resultId: 7 }, { id: 4, resultId: null }]
    expect(findingOf(findings, results[0])?.id).toBe(3)
    expect(findingOf(findings, results[1])).toBeUndefined()
  })

  it('re-inspects a defect once its repair is done, and only once', () => {
    expect(reinspectable({ id: 1, requestStatus: 'DONE' })).toBe(true)
    expect(reinspectable({ id: 1, requestStatus: 'ARCHIVED' })).toBe(true)
    expect(reinspectable({ id: 1, requestStatus: 'IN_PROGRESS' })).toBe(false)
    expect(reinspectable({ id: 1, requestStatus: 'CANCELLED' })).toBe(false)
    expect(reinspectable({ id: 1, requestStatus: null })).toBe(false)
    expect(reinspectable({ id: 1, requestStatus: 'DONE', reinspectionPassed: true })).toBe(false)
  })

  it('lets the owner sign once the inspection is finished and every defect re-inspected', () => {
    expect(signOffBlock({ deliveredAt: null, findings: [] })).toEqual({ reason: 'not-delivered' })
    expect(signOffBlock({ deliveredAt: '2026-11-24T02:00:00Z', findings: [{ id: 1 }, { id: 2, reinspectionPassed: false }] }))
      .toEqual({ reason: 'open', count: 1 })
    expect(signOffBlock({ deliveredAt: '2026-11-24T02:00:00Z', findings: [{ id: 2, reinspectionPassed: true }] })).toBeNull()
  })
})

describe('pngBlob', () => {
  it('turns signature_pad\'s data URL into the PNG bytes, and refuses anything else', async () => {
    const blob = pngBlob('data:image/png;base64,' + btoa('\x89PNG\r\n\x1a\n'))
    expect(blob.type).toBe('image/png')
    expect(Array.from(new Uint8Array(await blob.arrayBuffer()))).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
    expect(() => pngBlob('data:image/svg+xml;base64,PHN2Zy8+')).toThrow()
  })
})

describe('a defect\'s contractor and deadline', () => {
  it('may be set until the defect is re-inspected, never on a closed inspection', () => {
    expect(mayAssign({ id: 1 }, false)).toBe(true)
    expect(mayAssign({ id: 1, requestNumber: 'BX-1', requestStatus: 'IN_PROGRESS' }, false)).toBe(true)
    expect(mayAssign({ id: 1, reinspectionPassed: true }, false)).toBe(false)
    expect(mayAssign({ id: 1, reinspectionPassed: false }, false)).toBe(false)
    expect(mayAssign({ id: 1 }, true)).toBe(false)
  })

  it('sends the chosen contractor and day, none and the policy\'s deadline when left empty', () => {
    expect(assignmentBody('12', '2026-12-20')).toEqual({ contractorId: 12, rectifyBy: '2026-12-20' })
    expect(assignmentBody('', '')).toEqual({ contractorId: undefined, rectifyBy: undefined })
    expect(assignmentBody('abc', '20/12/2026')).toEqual({ contractorId: undefined, rectifyBy: undefined })
  })
})

import { describe, expect, it } from 'vitest'
import {
  categoriesFor, choicesOf, emptyDraft, newIdempotencyKey, proposals, readBack, toNewRequest, validate,
  type Draft, type LookupResult,
} from './intake'

const t = (key: string) => `[${key}]`
const unit = { id: 215, projectId: 1, project: '翠湖苑', buildingId: 3, building: '3栋', unitNo: '1-502', label: '翠湖苑 3栋 1-502' }
const other = { ...unit, id: 216, unitNo: '1-503', label: '翠湖苑 3栋 1-503' }
const lin = { id: 108, name: '林伟', phone: '137****0141', units: [unit, other], openRequests: [], similarRequests: [] }

function draft(changes: Partial<Draft> = {}): Draft {
  return {
    ...emptyDraft(),
    choice: { key: '108:215', customerId: 108, customerName: '林伟', phone: '137****0141', unit },
    description: '卫生间漏水',
    ...changes,
  }
}

describe('the callers a lookup offers', () => {
  it('pair each customer found by phone or name with each of their units', () => {
    const result: LookupResult = { interpretedAs: 'PHONE', customers: [lin, { id: 9, name: '林芳', phone: '138****0000', units: [] }], units: [] }
    expect(choicesOf(result).map((c) => c.key)).toEqual(['108:215', '108:216', '9:-'])
    expect(choicesOf(result)[2].unit).toBeNull()
  })

  it('pair each unit found by its label with each of its owners, and leave out a unit nobody owns', () => {
    const result: LookupResult = {
      interpretedAs: 'UNIT',
      customers: [lin],
      units: [
        { unit, owners: [{ customerId: 108, name: '林伟', role: 'OWNER', phone: '137****0141' }, { customerId: 7, name: '王芳', role: 'CO_OWNER', phone: '139****1111' }] },
        { unit: other, owners: [] },
      ],
    }
    expect(choicesOf(result).map((c) => [c.key, c.customerName, c.unit?.label])).toEqual([
      ['108:215', '林伟', '翠湖苑 3栋 1-502'],
      ['7:215', '王芳', '翠湖苑 3栋 1-502'],
    ])
  })

  it('are none without an answer', () => {
    expect(choicesOf(null)).toEqual([])
  })
})

describe('categories', () => {
  it('fit the kind as the server decides, OTHER fitting every kind', () => {
    expect(categoriesFor('REPAIR')).toEqual(['FACILITY_FAILURE', 'HOUSING_QUALITY', 'PROPERTY_SERVICE', 'OTHER'])
    expect(categoriesFor('COMPLAINT')).toContain('CUSTOMER_SERVICE')
    expect(categoriesFor('COMPLAINT')).not.toContain('HOUSING_QUALITY')
    expect(categoriesFor('CONSULTATION')).toEqual(['OTHER'])
  })
})

describe('a draft is ready for the read-back', () => {
  it('with a caller, a unit for a repair and a description', () => {
    expect(validate(draft())).toEqual([])
  })

  it('not without a caller, nor a repair without a unit', () => {
    expect(validate(draft({ choice: null }))).toContainEqual({ field: 'caller', reason: 'required' })
    const noUnit = draft({ choice: { key: '9:-', customerId: 9, customerName: '林芳', phone: '', unit: null } })
    expect(validate(noUnit)).toEqual([{ field: 'unitId', reason: 'unitRequired' }])
    expect(validate({ ...noUnit, kind: 'CONSULTATION' })).toEqual([])
  })

  it('not with a blank or too long description, a category of another kind or a bad number of complainants', () => {
    expect(validate(draft({ description: '   ' }))).toEqual([{ field: 'description', reason: 'required' }])
    expect(validate(draft({ description: 'x'.repeat(4001) }))).toEqual([{ field: 'description', reason: 'tooLong' }])
    expect(validate(draft({ locationInUnit: 'x'.repeat(201) }))).toEqual([{ field: 'locationInUnit', reason: 'tooLong' }])
    expect(validate(draft({ category: 'CUSTOMER_SERVICE' }))).toEqual([{ field: 'category', reason: 'categoryForKind' }])
    for (const n of [0, -1, 1.5, Number.NaN]) {
      expect(validate(draft({ kind: 'COMPLAINT', complainantCount: n }))).toEqual([{ field: 'complainantCount', reason: 'count' }])
    }
    expect(validate(draft({ kind: 'REPAIR', complainantCount: 0 }))).toEqual([])
  })
})

describe('the read-back (复述确认)', () => {
  it('says who, where, what and how, only what was given', () => {
    const lines = readBack(draft({ category: 'HOUSING_QUALITY', emergency: true }), [], t)
    expect(lines.map((l) => [l.key, l.value])).toEqual([
      ['caller', '林伟 137****0141'],
      ['unit', '翠湖苑 3栋 1-502'],
      ['kind', '[kind.REPAIR]'],
      ['category', '[category.HOUSING_QUALITY]'],
      ['description', '卫生间漏水'],
      ['emergency', '[intake.yes]'],
      ['channel', '[channel.PHONE]'],
    ])
    expect(lines[0].label).toBe('[intake.field.caller]')
  })

  it('adds the facts of a complaint and the earlier request it repeats', () => {
    const d = draft({ kind: 'COMPLAINT', complainantCount: 6, media: 'LIKELY', relatedRequestId: 41, locationInUnit: '主卧' })
    const lines = readBack(d, [{ id: 41, number: 'TS-20261101-0001' }, { id: 42, number: 'TS-20261102-0002' }], t)
    expect(lines.map((l) => l.key)).toEqual(['caller', 'unit', 'kind', 'description', 'locationInUnit', 'complainantCount', 'media', 'channel', 'related'])
    expect(lines.find((l) => l.key === 'related')?.value).toBe('TS-20261101-0001')
    expect(lines.find((l) => l.key === 'media')?.value).toBe('[intake.media.LIKELY]')
  })
})

describe('the body of POST /api/v1/requests', () => {
  it('carries the read-back consent, the customer, the unit and the link, trimmed', () => {
    expect(toNewRequest(draft({ description: ' 漏水 ', relatedRequestId: 41 }))).toEqual({
      kind: 'REPAIR', channel: 'PHONE', customerId: 108, unitId: 215, category: undefined, description: '漏水',
      locationInUnit: undefined, emergency: false, readBackConfirmed: true, relatedRequestId: 41,
    })
  })

  it('carries the complaint facts only for a complaint', () => {
    expect(toNewRequest(draft())).not.toHaveProperty('complainantCount')
    expect(toNewRequest(draft({ kind: 'COMPLAINT', complainantCount: 3, lawsuit: 'FILED' }))).toMatchObject({
      complainantCount: 3, lawsuit: 'FILED', media: 'NONE', needsSupport: false,
    })
  })

  it('goes with a new idempotency key per request', () => {
    let n = 0
    const random = () => `k${++n}`
    expect([newIdempotencyKey(random), newIdempotencyKey(random)]).toEqual(['intake-k1', 'intake-k2'])
    expect(newIdempotencyKey()).not.toEqual(newIdempotencyKey())
  })
})

describe('the earlier requests proposed for linking', () => {
  const onUnit = { id: 41, number: 'BX-1', unitId: 215 }
  const elsewhere = { id: 42, number: 'BX-2', unitId: 216 }
  const caller = { ...lin, similarRequests: [onUnit, elsewhere] }

  it('are the similar requests of the category once one is chosen', () => {
    expect(proposals(215, 'HOUSING_QUALITY', [{ id: 50, number: 'BX-9' }], caller)).toEqual([{ id: 50, number: 'BX-9' }])
  })

  it('are the caller’s earlier requests on the unit before that, and none without a unit', () => {
    expect(proposals(215, null, [], caller).map((p) => p.id)).toEqual([41])
    expect(proposals(undefined, 'HOUSING_QUALITY', [{ id: 50 }], caller)).toEqual([])
    expect(proposals(215, null, [], null)).toEqual([])
  })
})

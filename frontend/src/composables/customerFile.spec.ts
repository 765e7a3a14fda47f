import { describe, expect, it } from 'vitest'
import type { RequestRow } from '@/api/types'
import type { LookupResult } from './intake'
import { amendment, editOf, entryTarget, entryType, rowsOfLookup, rowsOfPage, searchMode, type StaffCustomer } from './customerFile'

const customer: StaffCustomer = {
  id: 7, name: '林女士', kind: 'LONG_STANDING_OWNER', grade: 'VIP', phone: '138****0141', version: 3,
  note: '只接受下午来电', units: [{ id: 1, project: '翠湖苑', building: '3栋', unitNo: '1803' }],
}

describe('what a query on the customers screen asks for', () => {
  it('lists everyone page by page when empty, looks up names, units and 4+ digits, and waits on fewer digits', () => {
    expect(searchMode('  ')).toBe('all')
    expect(['林', '3-1-502', '0141', '138 0013 8000'].map(searchMode)).toEqual(['lookup', 'lookup', 'lookup', 'lookup'])
    expect(['1', '013'].map(searchMode)).toEqual(['short', 'short'])
  })
})

describe('rows of both searches', () => {
  it('lists a customer the lookup found on two units once, with the labels of their units', () => {
    const unit = (id: number, label: string) => ({ id, label, projectId: 1, project: '翠湖苑', buildingId: 1, building: '3栋', unitNo: String(id) })
    const result = {
      interpretedAs: 'UNIT',
      customers: [
        { id: 7, name: '林女士', grade: 'VIP', phone: '138****0141', units: [unit(1, '翠湖苑 3栋 1803'), unit(2, '翠湖苑 3栋 1804')] },
        { id: 7, name: '林女士', grade: 'VIP', phone: '138****0141', units: [] },
        { id: 8, name: '王先生', phone: null, units: [] },
      ],
      units: [],
      more: false,
    } as unknown as LookupResult
    expect(rowsOfLookup(result)).toEqual([
      { id: 7, name: '林女士', phone: '138****0141', grade: 'VIP', units: ['翠湖苑 3栋 1803', '翠湖苑 3栋 1804'] },
      { id: 8, name: '王先生', phone: null, grade: undefined, units: [] },
    ])
    expect(rowsOfLookup(null)).toEqual([])
  })

  it('reads a page of customers with the units labelled as the lookup labels them', () => {
    expect(rowsOfPage([customer])).toEqual([{ id: 7, name: '林女士', phone: '138****0141', grade: 'VIP', units: ['翠湖苑 3栋 1803'] }])
  })
})

describe('what an edit sends', () => {
  it('sends nothing when nothing changed (the masked phone is never sent back)', () => {
    expect(editOf(customer)).toEqual({ name: '林女士', phone: '', removePhone: false, note: '只接受下午来电' })
    expect(amendment(customer, editOf(customer))).toBeNull()
    expect(amendment(customer, { ...editOf(customer), name: ' 林女士 ' })).toBeNull()
  })

  it('sends only the changed fields with the version read', () => {
    expect(amendment(customer, { ...editOf(customer), name: '林晓燕' })).toEqual({ name: '林晓燕', version: 3 })
    expect(amendment(customer, { ...editOf(customer), phone: ' 139 0000 2222 ' })).toEqual({ phone: '139 0000 2222', version: 3 })
    expect(amendment(customer, { ...editOf(customer), note: '' })).toEqual({ note: '', version: 3 })
  })

  it('removes the phone only when asked and there is one; a new number wins over removing', () => {
    expect(amendment(customer, { ...editOf(customer), removePhone: true })).toEqual({ phone: '', version: 3 })
    expect(amendment({ ...customer, phone: undefined }, { ...editOf(customer), removePhone: true })).toBeNull()
    expect(amendment(customer, { ...editOf(customer), removePhone: true, phone: '13900002222' })).toEqual({ phone: '13900002222', version: 3 })
  })

  it('leaves a blank name to the server to refuse, rather than dropping it', () => {
    expect(amendment(customer, { ...editOf(customer), name: '   ' })).toEqual({ name: '', version: 3 })
  })
})

describe('where a file entry leads', () => {
  const requests = [{ id: 42, number: 'BX-20261124-0001' }] as RequestRow[]
  it('to the request read so far, else to the list searched by its number, else nowhere', () => {
    expect(entryTarget({ kind: 'REQUEST_STEP', reference: 'BX-20261124-0001' }, requests)).toEqual({ id: 42 })
    expect(entryTarget({ kind: 'REQUEST_STEP', reference: 'TS-20250101-0009' }, requests)).toEqual({ number: 'TS-20250101-0009' })
    expect(entryTarget({ kind: 'OWNERSHIP_RECORDED', reference: undefined }, requests)).toBeNull()
  })

  it('links a check-out request of the sales stage, never a contract number', () => {
    expect(entryTarget({ kind: 'SALES_CONTRACTED', reference: 'HT-2026-0001' }, [])).toBeNull()
    expect(entryTarget({ kind: 'SALES_CHECK_OUT_REQUESTED', reference: 'ZX-20261124-0003' }, []))
      .toEqual({ number: 'ZX-20261124-0003' })
    expect(entryTarget({ kind: 'SALES_CHECKED_OUT', reference: 'ZX-20261124-0003' }, []))
      .toEqual({ number: 'ZX-20261124-0003' })
  })

  it('is coloured by what it records', () => {
    expect(['REQUEST_REGISTERED', 'REQUEST_STEP', 'CUSTOMER_REGISTERED', undefined].map(entryType))
      .toEqual(['primary', 'info', 'success', 'success'])
  })
})

import { describe, expect, it } from 'vitest'
import { auditQuery, defaultFilters, detailLine, exportHref, shanghaiDay } from './audit'

describe('the audit log search', () => {
  it('defaults to the last seven days in Shanghai, whatever the browser zone', () => {
    const filters = defaultFilters(new Date('2026-11-24T17:30:00Z'))
    expect(filters.to).toBe('2026-11-25')
    expect(filters.from).toBe('2026-11-19')
    expect(shanghaiDay(new Date('2026-11-24T15:59:59Z'))).toBe('2026-11-24')
  })

  it('sends only the filters that are filled, trimmed', () => {
    const query = auditQuery({ person: ' agent ', recordType: 'CUSTOMER', recordId: '', action: '', from: '2026-11-01', to: '2026-11-24' })
    expect(query).toEqual({ from: '2026-11-01', to: '2026-11-24', person: 'agent', recordType: 'CUSTOMER' })
  })

  it('exports the same search as CSV', () => {
    const href = exportHref({ person: '林芳', recordType: '', recordId: '', action: 'REVEAL', from: '2026-11-01', to: '2026-11-24' })
    expect(href).toBe('/api/v1/audit-log/export?from=2026-11-01&to=2026-11-24&person=%E6%9E%97%E8%8A%B3&action=REVEAL')
  })
})

describe('an entry in one line', () => {
  it('shows a change as each field before and after', () => {
    expect(detailLine({ before: { phone: '139****5111' }, after: { phone: '139****5222', name: '钱文华' } }))
      .toBe('phone: 139****5111 → 139****5222; name: — → 钱文华')
  })

  it('shows other facts by name, leaving out the empty ones', () => {
    expect(detailLine({ field: 'phone', text: null, units: 3 })).toBe('field: phone; units: 3')
    expect(detailLine(undefined)).toBe('')
  })
})

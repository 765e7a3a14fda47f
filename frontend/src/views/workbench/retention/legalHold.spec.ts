import { describe, expect, it } from 'vitest'
import { HOLDERS, REASON_MAX, reasonBody } from './legalHold'

describe('legal hold', () => {
  it('needs a reason within the length the server keeps', () => {
    expect(reasonBody('   ')).toBeNull()
    expect(reasonBody('x'.repeat(REASON_MAX + 1))).toBeNull()
    expect(reasonBody('  诉讼中  ')).toEqual({ reason: '诉讼中' })
  })

  it('is for managers, headquarters and administrators', () => {
    expect([...HOLDERS]).toEqual(['MANAGER', 'HQ', 'ADMIN'])
  })
})

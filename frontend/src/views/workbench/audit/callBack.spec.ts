import { describe, expect, it } from 'vitest'
import { dialHref, revealBody } from './callBack'

describe('the call-back button', () => {
  it('asks for the phone with the reason, and text only for OTHER', () => {
    expect(revealBody('CALL_BACK', 'ignored')).toEqual({ field: 'phone', reason: 'CALL_BACK' })
    expect(revealBody('OTHER', '  业主要求  ')).toEqual({ field: 'phone', reason: 'OTHER', text: '业主要求' })
    expect(revealBody('OTHER', ' ')).toEqual({ field: 'phone', reason: 'OTHER' })
  })

  it('dials the digits of the number', () => {
    expect(dialHref('139 0000-8101')).toBe('tel:13900008101')
  })
})

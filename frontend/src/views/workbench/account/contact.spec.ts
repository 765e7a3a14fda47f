import { describe, expect, it } from 'vitest'
import { addressProblem, contactBody, MAX_ADDRESS } from './contact'

describe('a staff member’s mail address', () => {
  it('takes a plain address, and blank for none', () => {
    expect(addressProblem('li.fang@example.com')).toBeNull()
    expect(addressProblem('  ')).toBeNull()
    expect(addressProblem('')).toBeNull()
  })

  it('refuses what the server refuses: no @, a header injection, a list, too long', () => {
    expect(addressProblem('not-an-address')).toBe('malformed')
    expect(addressProblem('a@example.com\r\nBcc: x@example.com')).toBe('malformed')
    expect(addressProblem('a@example.com, b@example.com')).toBe('malformed')
    expect(addressProblem('<a@example.com>')).toBe('malformed')
    expect(addressProblem('x'.repeat(MAX_ADDRESS) + '@example.com')).toBe('tooLong')
  })

  it('sends the address trimmed and only a language the server knows', () => {
    expect(contactBody(' a@example.com ', 'en')).toEqual({ email: 'a@example.com', language: 'en' })
    expect(contactBody('', 'fr')).toEqual({ email: '', language: 'zh-CN' })
  })
})

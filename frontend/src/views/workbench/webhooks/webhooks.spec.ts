import { describe, expect, it } from 'vitest'
import { looksLikeHttpUrl, statusTag } from './webhooks'

describe('looksLikeHttpUrl', () => {
  it('takes http and https addresses with a host and nothing else', () => {
    expect(looksLikeHttpUrl('https://erp.example.com/hooks')).toBe(true)
    expect(looksLikeHttpUrl(' http://127.0.0.1:8080/h ')).toBe(true)
    expect(looksLikeHttpUrl('file:///etc/passwd')).toBe(false)
    expect(looksLikeHttpUrl('ftp://example.com/')).toBe(false)
    expect(looksLikeHttpUrl('https://user:pw@example.com/')).toBe(false)
    expect(looksLikeHttpUrl('not a url')).toBe(false)
  })
})

describe('statusTag', () => {
  it('colours delivered, waiting and given-up deliveries apart', () => {
    expect(statusTag('DELIVERED')).toBe('success')
    expect(statusTag('PENDING')).toBe('warning')
    expect(statusTag('FAILED')).toBe('danger')
  })
})

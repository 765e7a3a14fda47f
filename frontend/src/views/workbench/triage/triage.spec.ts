import { describe, expect, it } from 'vitest'
import { canResolve, discardReasonValid, fileSize, isPicture, MAX_DISCARD_REASON } from './triage'

describe('the triage screen', () => {
  it('offers the actions only on a waiting item', () => {
    expect(canResolve({ state: 'OPEN' })).toBe(true)
    for (const state of ['REQUEST_MADE', 'ATTACHED', 'DISCARDED']) {
      expect(canResolve({ state })).toBe(false)
    }
  })

  it('takes a discard reason that is not blank and not too long', () => {
    expect(discardReasonValid('垃圾邮件')).toBe(true)
    expect(discardReasonValid('   ')).toBe(false)
    expect(discardReasonValid('')).toBe(false)
    expect(discardReasonValid('x'.repeat(MAX_DISCARD_REASON))).toBe(true)
    expect(discardReasonValid('x'.repeat(MAX_DISCARD_REASON + 1))).toBe(false)
  })

  it('shows file sizes for people', () => {
    expect(fileSize(512)).toBe('512 B')
    expect(fileSize(2048)).toBe('2.0 KB')
    expect(fileSize(20 * 1024 * 1024)).toBe('20.0 MB')
  })

  it('shows pictures (a WeChat image, a photo) as pictures, other files as links only', () => {
    expect(isPicture({ contentType: 'image/png' })).toBe(true)
    expect(isPicture({ contentType: 'image/jpeg' })).toBe(true)
    expect(isPicture({ contentType: 'audio/amr' })).toBe(false)
    expect(isPicture({ contentType: 'application/pdf' })).toBe(false)
    expect(isPicture({ contentType: 'image/svg+xml' })).toBe(false)
  })
})

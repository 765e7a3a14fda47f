import { describe, expect, it } from 'vitest'
import { cleanCode, describeAgent, groupedSecret, isRecoveryCode, isTotpCode, qrPath, stepAfterPassword } from './secondFactor'

describe('the sign-in step after the password', () => {
  it('is done on 204 and names the second step on 200', () => {
    expect(stepAfterPassword(204, null)).toBe('DONE')
    expect(stepAfterPassword(200, { secondFactor: 'CODE' })).toBe('CODE')
    expect(stepAfterPassword(200, { secondFactor: 'ENROL' })).toBe('ENROL')
    expect(() => stepAfterPassword(200, { secondFactor: 'SMS' })).toThrow()
  })
})

describe('codes as typed', () => {
  it('takes six digits, spaces between groups dropped', () => {
    expect(isTotpCode('123456')).toBe(true)
    expect(isTotpCode('123 456')).toBe(true)
    expect(cleanCode(' 123 456 ')).toBe('123456')
    expect(isTotpCode('12345')).toBe(false)
    expect(isTotpCode('abcdef')).toBe(false)
    expect(isTotpCode('1'.repeat(500))).toBe(false)
  })
  it('knows a recovery code with or without its dash', () => {
    expect(isRecoveryCode('abcde-fghjk')).toBe(true)
    expect(isRecoveryCode('ABCDEFGHJK')).toBe(true)
    expect(isRecoveryCode('abcde-fghj0')).toBe(false)
  })
})

describe('the QR code', () => {
  it('draws one square per dark module inside its quiet zone', () => {
    const { size, path } = qrPath('otpauth://totp/EstateCare:agent?secret=GEZDGNBVGY3TQOJQ&issuer=EstateCare')
    const squares = path.match(/M(\d+) (\d+)h1v1h-1z/g) ?? []
    expect(squares.length).toBeGreaterThan(100)
    const coordinates = squares.map((s) => s.match(/M(\d+) (\d+)/)!.slice(1).map(Number))
    expect(Math.min(...coordinates.flat())).toBe(4)
    expect(Math.max(...coordinates.flat())).toBe(size - 5)
  })
})

describe('what the security page shows', () => {
  it('groups the secret by four and names a browser', () => {
    expect(groupedSecret('ABCDEFGHIJ')).toBe('ABCD EFGH IJ')
    expect(describeAgent('Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/120.0 Safari/537.36'))
      .toBe('Chrome · Windows')
    expect(describeAgent(null)).toBe('')
  })
})

import { describe, expect, it } from 'vitest'
import { addDays, cardQr, cardText, checkInQr, checkInText, localName, redemptionKey, signedPoints, today } from './club'

describe('the club screens', () => {
  it('puts the member number, not an internal id, in the card QR code', () => {
    expect(cardText('HY-000042')).toBe('ESTATECARE-CLUB:HY-000042')
    const qr = cardQr('HY-000042')
    expect(qr.size).toBeGreaterThan(20)
    expect(qr.path).toMatch(/^M\d+ \d+h1v1h-1z/)
  })

  it('puts the check-in code with the activities prefix in a sign-up QR code, as the check-in screen reads it', () => {
    expect(checkInText('K7Q2M9X4PA')).toBe('ESTATECARE-ACTIVITY:K7Q2M9X4PA')
    const qr = checkInQr('K7Q2M9X4PA')
    expect(qr.size).toBeGreaterThan(20)
    expect(qr.path).toMatch(/^M\d+ \d+h1v1h-1z/)
    expect(qr.path).not.toBe(cardQr('K7Q2M9X4PA').path)
  })

  it('names a level or gift in the reader language', () => {
    const gold = { nameZh: '金卡', nameEn: 'Gold' }
    expect(localName(gold, 'zh-CN')).toBe('金卡')
    expect(localName(gold, 'en')).toBe('Gold')
    expect(localName(null, 'en')).toBe('')
  })

  it('makes one key per redemption', () => {
    expect(redemptionKey(() => 'abc')).toBe('redeem-abc')
    expect(redemptionKey()).not.toBe(redemptionKey())
  })

  it('signs points as the ledger shows them', () => {
    expect(signedPoints(100)).toBe('+100')
    expect(signedPoints(-30)).toBe('−30')
  })

  it('counts days as Shanghai does and moves them across months and years', () => {
    expect(today(Date.parse('2026-11-24T17:00:00Z'))).toBe('2026-11-25')
    expect(addDays('2026-11-24', 30)).toBe('2026-12-24')
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01')
    expect(addDays('2028-02-28', 365)).toBe('2029-02-27')
  })
})

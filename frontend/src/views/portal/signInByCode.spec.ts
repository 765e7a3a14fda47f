import { describe, expect, it } from 'vitest'
import { companiesOf, Countdown, isCode, isMobile, normalisePhone, retryAfterOf } from './signInByCode'

describe('a phone number is a mainland mobile number', () => {
  it('accepts spaces, dashes and a leading +86 or 86 as the server does', () => {
    expect(normalisePhone('138 0013-8000')).toBe('13800138000')
    expect(normalisePhone('+86 138 0013 8000')).toBe('13800138000')
    expect(normalisePhone('8613800138000')).toBe('13800138000')
    expect(isMobile('+86 138-0013-8000')).toBe(true)
  })

  it('refuses landlines, short, long and non-numeric input', () => {
    expect(isMobile('')).toBe(false)
    expect(isMobile('021 6123 4567')).toBe(false)
    expect(isMobile('12800138000')).toBe(false)
    expect(isMobile('1380013800')).toBe(false)
    expect(isMobile('138001380001')).toBe(false)
    expect(isMobile('1380013800a')).toBe(false)
    expect(isMobile('1'.repeat(10_000))).toBe(false)
  })
})

describe('a code is six digits', () => {
  it('exactly', () => {
    expect(isCode('042917')).toBe(true)
    expect(isCode(' 042917 ')).toBe(true)
    expect(isCode('42917')).toBe(false)
    expect(isCode('0429171')).toBe(false)
    expect(isCode('04291a')).toBe(false)
  })
})

describe('the countdown before another code', () => {
  it('runs from the seconds the server named down to zero, by the clock', () => {
    let now = 1_000_000
    const countdown = new Countdown(() => now)
    expect(countdown.remaining()).toBe(0)
    countdown.start(60)
    expect(countdown.remaining()).toBe(60)
    expect(countdown.running).toBe(true)
    now += 400
    expect(countdown.remaining()).toBe(60)
    now += 600
    expect(countdown.remaining()).toBe(59)
    now += 59_000
    expect(countdown.remaining()).toBe(0)
    expect(countdown.running).toBe(false)
    now += 3_600_000
    expect(countdown.remaining()).toBe(0)
  })

  it('does not start on a missing, negative or absurd value', () => {
    const countdown = new Countdown(() => 0)
    countdown.start(undefined)
    expect(countdown.remaining()).toBe(0)
    countdown.start(-5)
    expect(countdown.remaining()).toBe(0)
    countdown.start(Number.NaN)
    expect(countdown.remaining()).toBe(0)
    countdown.start(2.2)
    expect(countdown.remaining()).toBe(3)
  })
})

describe("a problem's extension members", () => {
  it('the wait of a 429', () => {
    expect(retryAfterOf({ retryAfterSeconds: 40 })).toBe(40)
    expect(retryAfterOf({ retryAfterSeconds: '40' })).toBeUndefined()
    expect(retryAfterOf({ retryAfterSeconds: 0 })).toBeUndefined()
    expect(retryAfterOf(undefined)).toBeUndefined()
  })

  it('the companies of a 409 choose-company, leaving out what is malformed', () => {
    expect(
      companiesOf({ companies: [{ id: 12, name: '上海城市公司' }, { id: '13', name: 'x' }, null, { id: 14, name: '杭州城市公司' }] }),
    ).toEqual([
      { id: 12, name: '上海城市公司' },
      { id: 14, name: '杭州城市公司' },
    ])
    expect(companiesOf({ companies: 'no' })).toEqual([])
    expect(companiesOf(undefined)).toEqual([])
  })
})

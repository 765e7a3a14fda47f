import { describe, expect, it } from 'vitest'
import { canRetry, outboxQuery, reasonOf, unknownPlaceholders } from './channels'

describe('the delivery log', () => {
  it('asks only for the filters that are set', () => {
    expect(outboxQuery({ state: '', channel: '', number: '  ' })).toEqual({})
    expect(outboxQuery({ state: 'FAILED', channel: 'SMS', number: ' bx-20261126-0001 ' }))
      .toEqual({ state: 'FAILED', channel: 'SMS', number: 'BX-20261126-0001' })
  })

  it('offers a retry of failed messages to managers, HQ and administrators only', () => {
    expect(canRetry('FAILED', ['MANAGER'])).toBe(true)
    expect(canRetry('FAILED', ['AGENT'])).toBe(false)
    expect(canRetry('SENT', ['ADMIN'])).toBe(false)
  })

  it('says why a message was not sent: the owner opted out, or the address bounces with the server\'s status', () => {
    expect(reasonOf('opted-out')).toEqual({ key: 'opted-out', detail: '' })
    expect(reasonOf('bouncing: 5.1.1')).toEqual({ key: 'bouncing', detail: '5.1.1' })
    expect(reasonOf('bouncing')).toEqual({ key: 'bouncing', detail: '' })
    expect(reasonOf('wechat-reply-window')).toEqual({ key: 'wechat-reply-window', detail: '' })
    expect(reasonOf('SMS gateway answered HTTP 503')).toBeNull()
    expect(reasonOf(undefined)).toBeNull()
  })
})

describe('the template editor', () => {
  it('names the placeholders a kind does not offer', () => {
    expect(unknownPlaceholders('工单 {number} 于 {time}，{time}', ['customer', 'number', 'unit'])).toEqual(['time'])
    expect(unknownPlaceholders('{customer} {number}', ['customer', 'number'])).toEqual([])
  })
})

import { describe, expect, it } from 'vitest'
import { canRetry, outboxQuery, unknownPlaceholders } from './channels'

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
})

describe('the template editor', () => {
  it('names the placeholders a kind does not offer', () => {
    expect(unknownPlaceholders('工单 {number} 于 {time}，{time}', ['customer', 'number', 'unit'])).toEqual(['time'])
    expect(unknownPlaceholders('{customer} {number}', ['customer', 'number'])).toEqual([])
  })
})

import { describe, expect, it } from 'vitest'
import { doneCount, instalmentTag, nextStep, owed, stepsOf, toFen, yuan, type Deal, type PurchaseStep } from './sales'

const steps: PurchaseStep[] = [
  { track: 'LOAN', step: 'LOAN_APPROVED', order: 2 },
  { track: 'LOAN', step: 'LOAN_APPLIED', order: 1, doneOn: '2026-11-21' },
  { track: 'CERTIFICATE', step: 'CERTIFICATE_FILED', order: 1 },
] as PurchaseStep[]

describe('the amounts of a sale', () => {
  it('shows fen as yuan with two decimals', () => {
    expect(yuan(300000000)).toBe('3,000,000.00')
    expect(yuan(5)).toBe('0.05')
    expect(yuan(null)).toBe('')
  })

  it('reads typed yuan as fen, and leaves what is not an amount to the server to refuse', () => {
    expect(toFen('3,000,000')).toBe(300000000)
    expect(toFen('12.5')).toBe(1250)
    expect(toFen('-1')).toBe(-100)
    expect(toFen('12.345')).toBe('12.345')
    expect(toFen('')).toBeNull()
  })
})

describe('the loan and certificate steps', () => {
  it('are read in their order, the next one being the first not done', () => {
    expect(stepsOf(steps, 'LOAN').map((s) => s.step)).toEqual(['LOAN_APPLIED', 'LOAN_APPROVED'])
    expect(nextStep(steps, 'LOAN')?.step).toBe('LOAN_APPROVED')
    expect(doneCount(steps, 'LOAN')).toBe(1)
    expect(doneCount(steps, 'CERTIFICATE')).toBe(0)
  })
})

describe('the payment schedule', () => {
  it('colours paid green and overdue red, and offers only what is still owed', () => {
    expect(instalmentTag('PAID')).toBe('success')
    expect(instalmentTag('OVERDUE')).toBe('danger')
    const deal = { instalments: [{ seq: 1, amountFen: 100, paidFen: 100 }, { seq: 2, amountFen: 100, paidFen: 40 }] } as Deal
    expect(owed(deal).map((i) => i.seq)).toEqual([2])
  })
})

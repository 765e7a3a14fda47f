import { describe, expect, it } from 'vitest'
import { badgeOf, topCard, waitingStep, waitsOnMe } from './waiting'

const known = (key: string) => ['waiting.steps.confirmPlan', 'waiting.steps.verify'].includes(key)

describe('what waits on the owner, as the server says', () => {
  it('is a request on which the server lists a step the owner may take now', () => {
    expect(waitsOnMe({ allowedActions: ['verify'] })).toBe(true)
    expect(waitsOnMe({ allowedActions: [] })).toBe(false)
    expect(waitsOnMe({})).toBe(false)
    expect(waitsOnMe(null)).toBe(false)
  })

  it('names the step asked for, or says in general that it waits on them', () => {
    expect(waitingStep({ allowedActions: ['confirm-plan'] }, known)).toBe('waiting.steps.confirmPlan')
    expect(waitingStep({ allowedActions: ['verify'] }, known)).toBe('waiting.steps.verify')
    expect(waitingStep({ allowedActions: ['answer-question'] }, known)).toBe('waiting.step')
    expect(waitingStep({ allowedActions: [] }, known)).toBe('')
  })

  it('puts the plan to answer at the top of the detail, else the work to confirm', () => {
    expect(topCard({ allowedActions: ['confirm-plan'] })).toBe('plan')
    expect(topCard({ allowedActions: ['verify', 'confirm-plan'] })).toBe('plan')
    expect(topCard({ allowedActions: ['verify'] })).toBe('work')
    expect(topCard({ allowedActions: [] })).toBe('')
  })

  it('counts them on the tab, 99+ beyond a hundred or a further page, nothing when none', () => {
    expect(badgeOf(0)).toBe('')
    expect(badgeOf(3)).toBe('3')
    expect(badgeOf(100)).toBe('99+')
    expect(badgeOf(20, true)).toBe('99+')
  })
})

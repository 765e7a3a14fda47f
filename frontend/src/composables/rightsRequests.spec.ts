import { describe, expect, it } from 'vitest'
import { copyHref, correctionProblem, dueReading, requestBody, shanghaiToday } from './rightsRequests'

describe('rights requests', () => {
  it('reads today in Shanghai, whatever the browser zone', () => {
    expect(shanghaiToday(Date.parse('2026-03-01T16:30:00Z'))).toBe('2026-03-02')
    expect(shanghaiToday(Date.parse('2026-03-01T15:59:00Z'))).toBe('2026-03-01')
  })

  it('colours the due day like the queues: late is danger, within three days warning', () => {
    expect(dueReading({ state: 'OPEN', dueOn: '2026-03-23' }, '2026-03-10')).toEqual({ tone: 'success', overdue: false, days: 13 })
    expect(dueReading({ state: 'OPEN', dueOn: '2026-03-23' }, '2026-03-20')).toEqual({ tone: 'warning', overdue: false, days: 3 })
    expect(dueReading({ state: 'OPEN', dueOn: '2026-03-23' }, '2026-03-23').tone).toBe('warning')
    expect(dueReading({ state: 'OPEN', dueOn: '2026-03-23' }, '2026-03-25')).toEqual({ tone: 'danger', overdue: true, days: 2 })
    expect(dueReading({ state: 'DONE', dueOn: '2026-03-23' }, '2026-04-25').overdue).toBe(false)
  })

  it('checks a correction before it is sent', () => {
    expect(correctionProblem('', 'x')).toBe('rights.problem.field')
    expect(correctionProblem('name', '  ')).toBe('rights.problem.name')
    expect(correctionProblem('phone', '12345')).toBe('rights.problem.phone')
    expect(correctionProblem('phone', '139 1234 5678')).toBeNull()
    expect(correctionProblem('email', 'no-at')).toBe('rights.problem.email')
    expect(correctionProblem('wechat', 'w'.repeat(101))).toBe('rights.problem.long')
    expect(correctionProblem('wechat', '')).toBeNull()
  })

  it('sends a correction with its field and an erasure without', () => {
    expect(requestBody('CORRECTION', 'email', ' a@b.cn ', '')).toEqual({ kind: 'CORRECTION', field: 'email', value: 'a@b.cn' })
    expect(requestBody('ERASURE', 'email', 'ignored', ' 已卖房 ')).toEqual({ kind: 'ERASURE', note: '已卖房' })
    expect(copyHref('xlsx')).toBe('/api/v1/me/personal-data?format=xlsx')
  })
})

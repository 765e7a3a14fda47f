import { describe, expect, it } from 'vitest'
import type { Role } from '@/api/types'
import { caseActions, caseBody, mayEditSet, mayPropose, moved, planBody, relevance, searchable, synonymTerms, tabOf } from './library'

const as = (...mine: Role[]) => (wanted: readonly Role[]) => wanted.some((r) => mine.includes(r))

describe('the case library screen', () => {
  it('opens the tab the address names, else the search', () => {
    expect(tabOf('PROPOSED')).toBe('PROPOSED')
    expect(tabOf('REJECTED')).toBe('REJECTED')
    expect(tabOf('DELETED')).toBe('search')
    expect(tabOf(undefined)).toBe('search')
    expect(tabOf(['PROPOSED'])).toBe('search')
  })

  it('sends a search trimmed and within the API bound, and nothing for blank', () => {
    expect(searchable('  地库 渗水 ')).toBe('地库 渗水')
    expect(searchable('   ')).toBeNull()
    expect(searchable(null)).toBeNull()
    expect(searchable('漏'.repeat(300))).toHaveLength(200)
  })

  it('reads relevance as a share of the best hit', () => {
    expect(relevance([0.4, 0.2, 0.001])).toEqual([100, 50, 1])
    expect(relevance([])).toEqual([])
    expect(relevance([0, 0])).toEqual([0, 0])
  })

  it('lets managers edit proposed and approved cases and review only proposed ones', () => {
    expect(caseActions('PROPOSED', as('MANAGER'))).toEqual({ edit: true, review: true })
    expect(caseActions('APPROVED', as('HQ'))).toEqual({ edit: true, review: false })
    expect(caseActions('REJECTED', as('ADMIN'))).toEqual({ edit: false, review: false })
    expect(caseActions('PROPOSED', as('AGENT', 'HANDLER'))).toEqual({ edit: false, review: false })
  })

  it('does not offer the review of a case to the person who proposed or wrote it', () => {
    expect(caseActions('PROPOSED', as('MANAGER'), true)).toEqual({ edit: true, review: false })
    expect(caseActions('PROPOSED', as('MANAGER'), false)).toEqual({ edit: true, review: true })
  })
})

describe('writing a case', () => {
  it('sends the texts trimmed, blank optional ones and no category left out', () => {
    expect(caseBody({ problem: ' 样板间不一致 ', cause: ' ', solution: '核对', lessons: '', category: null })).toEqual({
      problem: '样板间不一致', cause: undefined, solution: '核对', lessons: undefined, category: undefined,
    })
    expect(caseBody({ problem: 'x', cause: '', solution: '', lessons: '', category: 'SALES_MANAGEMENT' }).category)
      .toBe('SALES_MANAGEMENT')
  })
})

describe('the synonym sets', () => {
  it('reads the terms as typed, split at spaces, commas and 、, without repeats', () => {
    expect(synonymTerms(' 漏水 渗水，渗漏、漏水 ;返潮 ')).toEqual(['漏水', '渗水', '渗漏', '返潮'])
    expect(synonymTerms('   ')).toEqual([])
  })

  it("lets the group's administrator change the group's sets and a company's its own", () => {
    expect(mayEditSet({ shared: true }, null, true)).toBe(true)
    expect(mayEditSet({ shared: false }, null, true)).toBe(false)
    expect(mayEditSet({ shared: false }, 3, true)).toBe(true)
    expect(mayEditSet({ shared: true }, 3, true)).toBe(false)
    expect(mayEditSet({ shared: false }, 3, false)).toBe(false)
  })
})

describe('proposing a complaint', () => {
  const closed = { kind: 'COMPLAINT', status: 'DONE' }
  it('is offered on a closed complaint without a case, or whose case was returned', () => {
    expect(mayPropose(closed, as('HANDLER'))).toBe(true)
    expect(mayPropose({ ...closed, status: 'ARCHIVED', knowledgeCase: { id: 1, status: 'REJECTED' } }, as('AGENT'))).toBe(true)
    expect(mayPropose({ ...closed, knowledgeCase: { id: 1, status: 'PROPOSED' } }, as('AGENT'))).toBe(false)
    expect(mayPropose({ ...closed, knowledgeCase: { id: 1, status: 'APPROVED' } }, as('MANAGER'))).toBe(false)
  })
  it('is not offered while the complaint is handled, on other kinds, or to roles the server refuses', () => {
    expect(mayPropose({ kind: 'COMPLAINT', status: 'RESPONDED' }, as('MANAGER'))).toBe(false)
    expect(mayPropose({ kind: 'COMPLAINT', status: 'CANCELLED' }, as('MANAGER'))).toBe(false)
    expect(mayPropose({ kind: 'REPAIR', status: 'DONE' }, as('MANAGER'))).toBe(false)
    expect(mayPropose(closed, as('ENGINEER', 'CONSULTANT', 'PROJECT_COMPANY'))).toBe(false)
  })
})

describe('a contingency plan', () => {
  it('is sent trimmed, without blank steps or repeated roles, and without a category for any', () => {
    expect(planBody({ title: ' 暴雨预案 ', category: '', triggerDescription: ' 暴雨后渗水 ', steps: [' 通知工程部 ', '  ', '现场查勘'],
      responsibleRoles: ['MANAGER', 'HANDLER', 'MANAGER'], active: true, version: 3 })).toEqual({
      title: '暴雨预案', category: undefined, triggerDescription: '暴雨后渗水', steps: ['通知工程部', '现场查勘'],
      responsibleRoles: ['MANAGER', 'HANDLER'], active: true, version: 3 })
  })
  it('moves a step up or down, and nothing past either end', () => {
    expect(moved(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c'])
    expect(moved(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b'])
    expect(moved(['a', 'b'], 0, -1)).toEqual(['a', 'b'])
    expect(moved(['a', 'b'], 1, 1)).toEqual(['a', 'b'])
  })
})

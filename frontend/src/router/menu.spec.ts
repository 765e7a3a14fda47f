import { describe, expect, it } from 'vitest'
import { MENU, menuFor } from './menu'
import zh from '@/i18n/workbench.zh-CN'

describe('the workbench menu', () => {
  it('shows staff the screens that exist', () => {
    expect(menuFor(['AGENT']).map((i) => i.key)).toEqual(['requests', 'queues', 'intake', 'inbox', 'dispatch'])
    expect(menuFor(['MANAGER']).map((i) => i.key)).toEqual(['requests', 'queues', 'intake', 'inbox', 'dispatch'])
    expect(menuFor(['ENGINEER']).map((i) => i.key)).toEqual(['requests', 'queues', 'inbox', 'myDay'])
    expect(menuFor(['HANDLER']).map((i) => i.key)).toEqual(['requests', 'queues', 'inbox'])
    expect(menuFor(['HQ']).map((i) => i.key)).toContain('intake')
  })

  it('shows an owner nothing (owners use the portal)', () => {
    expect(menuFor(['OWNER'])).toEqual([])
  })

  it('labels every item', () => {
    for (const item of MENU) {
      expect(Object.keys(zh.menu)).toContain(item.key)
    }
  })
})

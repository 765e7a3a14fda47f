import { describe, expect, it } from 'vitest'
import { ApiError } from '@/api/problem'
import { useCursorPages } from './cursorPages'

const t = (key: string) => key

describe('cursor pages', () => {
  it('reads the first page, appends the next with its cursor, and reads the first again on load()', async () => {
    const asked: (string | undefined)[] = []
    const pages: Record<string, { items: number[]; next?: string }> = { first: { items: [1, 2], next: 'c2' }, c2: { items: [3] } }
    const list = useCursorPages<number>(async (cursor) => {
      asked.push(cursor)
      return pages[cursor ?? 'first']
    }, t)
    await list.load()
    expect(list.rows.value).toEqual([1, 2])
    expect(list.next.value).toBe('c2')
    await list.load(true)
    expect(list.rows.value).toEqual([1, 2, 3])
    expect(list.next.value).toBeUndefined()
    await list.load()
    expect(list.rows.value).toEqual([1, 2])
    expect(asked).toEqual([undefined, 'c2', undefined])
    expect(list.loading.value).toBe(false)
  })

  it("a failed call shows the server's problem and keeps the rows", async () => {
    let fail = false
    const list = useCursorPages<number>(async () => {
      if (fail) throw new ApiError(400, { detail: '参数有误', errors: [{ field: 'limit', reason: '太大' }] })
      return { items: [7], next: 'c' }
    }, t)
    await list.load()
    fail = true
    await list.load(true)
    expect(list.rows.value).toEqual([7])
    expect(list.problem.value).toEqual({ message: '参数有误', fields: [{ field: 'limit', reason: '太大' }], status: 400 })
    expect(list.loading.value).toBe(false)
  })
})

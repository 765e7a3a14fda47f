import { describe, expect, it } from 'vitest'
import { ApiError } from '@/api/problem'
import { ref } from 'vue'
import { removeConfirmed, useAttempt, type ListScreen } from './attempt'

const t = (key: string) => `[${key}]`

describe('an action that calls the server', () => {
  it('is busy while it runs and shows no problem when it succeeds', async () => {
    const { busy, problem, attempt } = useAttempt(t)
    problem.value = { message: 'from before', fields: [], status: 400 }
    let busyInside = false
    await attempt(async () => {
      busyInside = busy.value
    })
    expect(busyInside).toBe(true)
    expect(busy.value).toBe(false)
    expect(problem.value).toBeNull()
  })

  it('shows the problem it failed with, in the server’s words', async () => {
    const { busy, problem, attempt } = useAttempt(t)
    await attempt(() => Promise.reject(new ApiError(401, { title: '用户名或密码错误', status: 401 })))
    expect(busy.value).toBe(false)
    expect(problem.value?.message).toBe('用户名或密码错误')
  })

  it('leaves a failure it treats as an answer to its own handler', async () => {
    const { problem, attempt } = useAttempt(t)
    const handled: unknown[] = []
    const conflict = new ApiError(409, { title: 'choose', status: 409 })
    await attempt(() => Promise.reject(conflict), (e) => handled.push(e))
    expect(handled).toEqual([conflict])
    expect(problem.value).toBeNull()
  })
})

describe('a delete confirmed in a dialog', () => {
  function screen(): ListScreen<{ name: string }> & { loads: number } {
    const s = { deleting: ref<{ name: string } | null>({ name: '漏水' }), done: ref(''), loadProblem: ref(null), loads: 0,
      load: async () => { s.loads++ } }
    return s as ListScreen<{ name: string }> & { loads: number }
  }

  it('closes the dialog, says what went and reloads the list', async () => {
    const { attempt } = useAttempt(t)
    const list = screen()
    const deleted: string[] = []
    await removeConfirmed(attempt, t, list, async (row) => { deleted.push(row.name) }, (row) => `deleted ${row.name}`)
    expect(deleted).toEqual(['漏水'])
    expect(list.deleting.value).toBeNull()
    expect(list.done.value).toBe('deleted 漏水')
    expect(list.loads).toBe(1)
  })

  it('closes the dialog and shows the problem above the list when refused', async () => {
    const { attempt } = useAttempt(t)
    const list = screen()
    await removeConfirmed(attempt, t, list, () => Promise.reject(new ApiError(403, { title: '无权操作', status: 403 })),
      () => 'never')
    expect(list.deleting.value).toBeNull()
    expect(list.done.value).toBe('')
    expect(list.loadProblem.value?.message).toBe('无权操作')
    expect(list.loads).toBe(0)
  })
})

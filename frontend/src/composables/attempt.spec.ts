import { describe, expect, it } from 'vitest'
import { ApiError } from '@/api/problem'
import { useAttempt } from './attempt'

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

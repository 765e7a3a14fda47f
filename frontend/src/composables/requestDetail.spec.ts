import { describe, expect, it, vi, beforeEach } from 'vitest'
import { nextTick, ref } from 'vue'
import { ApiError } from '@/api/problem'

const GET = vi.fn()
vi.mock('@/api/client', () => ({ api: { GET: (...args: unknown[]) => GET(...args) } }))

const { useRequestDetail } = await import('./requestDetail')
const t = (key: string) => `[${key}]`

async function settled() {
  for (let i = 0; i < 5; i++) {
    await nextTick()
    await Promise.resolve()
  }
}

describe('a request and its timeline', () => {
  beforeEach(() => {
    GET.mockReset()
  })

  it('are loaded together for the id, and again when it changes', async () => {
    GET.mockImplementation((path: string, options: { params: { path: { id: number } } }) =>
      Promise.resolve({ data: path.endsWith('/timeline') ? [{ id: 1, action: 'register' }] : { id: options.params.path.id } }),
    )
    const id = ref('7')
    const { request, timeline, loading, missing, problem } = useRequestDetail<{ id: number }>(() => id.value, [404], t)
    expect(loading.value).toBe(true)
    await settled()
    expect(request.value).toEqual({ id: 7 })
    expect(timeline.value).toEqual([{ id: 1, action: 'register' }])
    expect([loading.value, missing.value, problem.value]).toEqual([false, false, null])
    expect(GET).toHaveBeenCalledWith('/api/v1/requests/{id}/timeline', { params: { path: { id: 7 } } })

    id.value = '8'
    await settled()
    expect(request.value).toEqual({ id: 8 })
  })

  it('are missing when the server answers with one of the given statuses, and a problem either way', async () => {
    GET.mockRejectedValue(new ApiError(403, { title: '无权查看', status: 403 }))
    const portal = useRequestDetail(() => '9', [404, 403], t)
    const workbench = useRequestDetail(() => '9', [404], t)
    await settled()
    expect(portal.missing.value).toBe(true)
    expect(workbench.missing.value).toBe(false)
    expect(workbench.problem.value?.message).toBe('无权查看')
    expect(portal.loading.value).toBe(false)
  })
})

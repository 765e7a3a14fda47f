import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { effectScope, nextTick, ref } from 'vue'
import { ApiError } from '@/api/problem'

const GET = vi.fn()
vi.mock('@/api/client', () => ({ api: { GET: (...args: unknown[]) => GET(...args) } }))

const { useIntakeLookup, useSimilarRequests, worthLooking } = await import('./intakeLookup')
const t = (key: string) => `[${key}]`

async function settled() {
  for (let i = 0; i < 5; i++) {
    await nextTick()
    await Promise.resolve()
  }
}

describe('a query worth looking up', () => {
  it('is a name, a unit or four digits and more', () => {
    expect(['林', '3-1-502', '0141', '138 0013 8000'].filter(worthLooking)).toHaveLength(4)
    expect(['', '  ', '1', '013', '1-2', 'x'.repeat(61)].filter(worthLooking)).toEqual([])
  })
})

describe('the intake lookup', () => {
  beforeEach(() => {
    vi.useFakeTimers()
    GET.mockReset()
  })
  afterEach(() => vi.useRealTimers())

  it('asks once, after the agent stopped typing, for what was typed last', async () => {
    GET.mockResolvedValue({ data: { interpretedAs: 'UNIT', customers: [], units: [] } })
    const scope = effectScope()
    const lookup = scope.run(() => useIntakeLookup(t, 300))!
    for (const q of ['3', '3-', '3-1', '3-1-5', '3-1-502']) {
      lookup.query.value = q
      await nextTick()
      vi.advanceTimersByTime(100)
    }
    expect(GET).not.toHaveBeenCalled()
    vi.advanceTimersByTime(300)
    await settled()
    expect(GET).toHaveBeenCalledTimes(1)
    expect(GET).toHaveBeenCalledWith('/api/v1/intake/lookup', { params: { query: { q: '3-1-502' } } })
    expect(lookup.result.value?.interpretedAs).toBe('UNIT')
    scope.stop()
  })

  it('shows only the answer to the latest query when an earlier one answers late', async () => {
    let answerFirst: (v: unknown) => void = () => {}
    GET.mockImplementationOnce(() => new Promise((resolve) => (answerFirst = resolve)))
      .mockResolvedValueOnce({ data: { interpretedAs: 'NAME', customers: [{ id: 2 }] } })
    const scope = effectScope()
    const lookup = scope.run(() => useIntakeLookup(t, 300))!
    lookup.query.value = '0141'
    const first = lookup.now()
    lookup.query.value = '林'
    await lookup.now()
    answerFirst({ data: { interpretedAs: 'PHONE', customers: [{ id: 1 }] } })
    await first
    expect(lookup.result.value?.interpretedAs).toBe('NAME')
    expect(lookup.loading.value).toBe(false)
    scope.stop()
  })

  it('shows a refused query as its problem, and sends nothing for three digits', async () => {
    GET.mockRejectedValue(new ApiError(400, { detail: '请输入手机号后四位以上、姓名或房号', errors: [{ field: 'q', reason: 'x' }] }))
    const scope = effectScope()
    const lookup = scope.run(() => useIntakeLookup(t, 300))!
    lookup.query.value = '林*'
    await lookup.now()
    expect(lookup.problem.value?.message).toBe('请输入手机号后四位以上、姓名或房号')
    lookup.query.value = '013'
    await lookup.now()
    expect(GET).toHaveBeenCalledTimes(1)
    expect([lookup.result.value, lookup.problem.value]).toEqual([null, null])
    scope.stop()
  })

  it('forgets everything on reset, also a call still waiting', async () => {
    GET.mockResolvedValue({ data: { interpretedAs: 'UNIT' } })
    const scope = effectScope()
    const lookup = scope.run(() => useIntakeLookup(t, 300))!
    lookup.query.value = '3-1-502'
    await nextTick()
    lookup.reset()
    vi.advanceTimersByTime(1000)
    await settled()
    expect(lookup.query.value).toBe('')
    expect(lookup.result.value).toBeNull()
    scope.stop()
  })
})

describe('the similar requests', () => {
  beforeEach(() => GET.mockReset())

  it('are asked for the chosen unit and category, again when they change, none without both', async () => {
    GET.mockResolvedValue({ data: [{ id: 41, number: 'BX-1' }] })
    const unitId = ref<number | null>(null)
    const category = ref<'HOUSING_QUALITY' | null>(null)
    const scope = effectScope()
    const { similar } = scope.run(() => useSimilarRequests(() => unitId.value, () => category.value))!
    await settled()
    expect(GET).not.toHaveBeenCalled()
    unitId.value = 215
    await settled()
    expect(GET).not.toHaveBeenCalled()
    category.value = 'HOUSING_QUALITY'
    await settled()
    expect(GET).toHaveBeenLastCalledWith('/api/v1/requests/similar', { params: { query: { unitId: 215, category: 'HOUSING_QUALITY' } } })
    expect(similar.value).toEqual([{ id: 41, number: 'BX-1' }])
    unitId.value = null
    await settled()
    expect(similar.value).toEqual([])
    scope.stop()
  })
})

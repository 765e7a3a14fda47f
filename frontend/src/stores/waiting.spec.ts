import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'

const GET = vi.fn()
vi.mock('@/api/client', () => ({ api: { GET: (...args: unknown[]) => GET(...args) } }))

const { useWaiting } = await import('./waiting')

function answer(items: unknown[], next?: string) {
  let resolve!: (value: unknown) => void
  const pending = new Promise((r) => (resolve = r))
  GET.mockImplementationOnce(() => pending)
  return () => resolve({ data: { items, next } })
}

describe('the requests waiting on the owner', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    GET.mockReset()
  })

  it('two refreshes asked at the same time share one call', async () => {
    const waiting = useWaiting()
    const reply = answer([{ id: 1 }, { id: 2 }], 'c2')
    const first = waiting.refresh()
    const second = waiting.refresh()
    reply()
    await Promise.all([first, second])
    expect(GET).toHaveBeenCalledTimes(1)
    expect(waiting.rows).toHaveLength(2)
    expect(waiting.more).toBe(true)
  })

  it('a refresh after the last one answered asks again', async () => {
    const waiting = useWaiting()
    const firstReply = answer([{ id: 1 }])
    const first = waiting.refresh()
    firstReply()
    await first
    const secondReply = answer([])
    const second = waiting.refresh()
    secondReply()
    await second
    expect(GET).toHaveBeenCalledTimes(2)
    expect(waiting.rows).toEqual([])
    expect(waiting.more).toBe(false)
  })

  it('a failed refresh is not shared with the next one', async () => {
    const waiting = useWaiting()
    GET.mockImplementationOnce(() => Promise.reject(new Error('offline')))
    await expect(waiting.refresh()).rejects.toThrow('offline')
    const reply = answer([{ id: 3 }])
    const again = waiting.refresh()
    reply()
    await again
    expect(waiting.rows).toHaveLength(1)
  })
})

import { describe, expect, it } from 'vitest'
import { backoffDelay, connectLive, listenLive, throttle, type EventSourceLike, type LiveRequestEvent } from './live'

class FakeSource implements EventSourceLike {
  readyState = 0
  onerror: ((event: Event) => void) | null = null
  closed = false
  listeners = new Map<string, (event: MessageEvent) => void>()
  constructor(readonly url: string) {}
  addEventListener(type: string, listener: (event: MessageEvent) => void) {
    this.listeners.set(type, listener)
  }
  close() {
    this.closed = true
    this.readyState = 2
  }
  emit(type: string, data = '{}') {
    this.readyState = 1
    this.listeners.get(type)!({ data } as MessageEvent)
  }
  fail(closed: boolean) {
    this.readyState = closed ? 2 : 0
    this.onerror!(new Event('error'))
  }
}

function harness() {
  const sources: FakeSource[] = []
  const timers: { run: () => void; ms: number }[] = []
  const events: LiveRequestEvent[] = []
  let reloads = 0
  const live = connectLive(
    { onRequest: (e) => events.push(e), onReload: () => reloads++ },
    {
      open: (url) => {
        const s = new FakeSource(url)
        sources.push(s)
        return s
      },
      random: () => 1,
      setTimer: (run, ms) => timers.push({ run, ms }),
      clearTimer: () => timers.splice(0),
    },
  )
  return { live, sources, timers, events, reloads: () => reloads }
}

describe('backoffDelay', () => {
  it('doubles from one second up to a minute, between half and all of it', () => {
    expect([0, 1, 2, 3, 6, 7, 50].map((a) => backoffDelay(a, () => 1))).toEqual([
      1000, 2000, 4000, 8000, 60000, 60000, 60000,
    ])
    expect(backoffDelay(3, () => 0)).toBe(4000)
    for (let i = 0; i < 100; i++) {
      const d = backoffDelay(2)
      expect(d).toBeGreaterThanOrEqual(2000)
      expect(d).toBeLessThanOrEqual(4000)
    }
  })
})

describe('connectLive', () => {
  it('passes request events on and reloads on the server`s word', () => {
    const h = harness()
    expect(h.sources[0].url).toBe('/api/v1/live')
    h.sources[0].emit('ready', '{"heartbeatSeconds":20}')
    expect(h.live.state.value).toBe('open')
    expect(h.reloads()).toBe(0)
    h.sources[0].emit('request', '{"requestId":7,"change":"ASSIGNED","assigneeId":3,"version":2}')
    expect(h.events.map((e) => [e.requestId, e.change])).toEqual([[7, 'ASSIGNED']])
    h.sources[0].emit('reload', '{"reason":"missed-changes"}')
    expect(h.reloads()).toBe(1)
  })

  it('leaves a dropped stream to the browser, and reloads when it is ready again', () => {
    const h = harness()
    h.sources[0].emit('ready')
    h.sources[0].fail(false)
    expect(h.live.state.value).toBe('connecting')
    expect(h.timers).toHaveLength(0)
    h.sources[0].emit('ready')
    expect(h.reloads()).toBe(1)
    expect(h.sources).toHaveLength(1)
  })

  it('reconnects a refused stream itself, waiting longer each time, then reloads', () => {
    const h = harness()
    h.sources[0].fail(true)
    expect(h.live.state.value).toBe('waiting')
    expect(h.timers.map((t) => t.ms)).toEqual([1000])
    h.timers[0].run()
    h.sources[1].fail(true)
    h.timers[1].run()
    h.sources[2].fail(true)
    expect(h.timers.map((t) => t.ms)).toEqual([1000, 2000, 4000])
    h.timers[2].run()
    h.sources[3].emit('ready')
    expect(h.reloads()).toBe(1)
    h.sources[3].fail(true)
    expect(h.timers[3].ms).toBe(1000)
  })

  it('treats an unreadable event as missed changes, and stops for good when closed', () => {
    const h = harness()
    h.sources[0].emit('request', 'not json')
    expect(h.reloads()).toBe(1)
    h.sources[0].fail(true)
    h.live.close()
    expect(h.timers).toHaveLength(0)
    expect(h.sources[0].closed).toBe(true)
  })
})

describe('connectLive and calls', () => {
  it('passes a call for this agent on, and ignores one that cannot be read', () => {
    const sources: FakeSource[] = []
    const calls: number[] = []
    connectLive(
      { onRequest: () => {}, onReload: () => {}, onCall: (e) => calls.push(e.callId) },
      {
        open: (url) => {
          const s = new FakeSource(url)
          sources.push(s)
          return s
        },
      },
    )
    sources[0].emit('call', '{"callId":12,"at":"2026-11-26T01:00:00Z"}')
    sources[0].emit('call', 'not json')
    expect(calls).toEqual([12])
  })
})

describe('throttle', () => {
  it('runs the work once after the first of a burst of calls, and not at all when cancelled', () => {
    const timers: (() => void)[] = []
    let runs = 0
    const refresh = throttle(() => runs++, 1000, (run) => timers.push(run), () => timers.splice(0))
    refresh.run()
    refresh.run()
    refresh.run()
    expect(timers).toHaveLength(1)
    timers.shift()?.()
    expect(runs).toBe(1)
    refresh.run()
    refresh.cancel()
    expect(timers).toHaveLength(0)
    refresh.run()
    expect(timers).toHaveLength(1)
  })
})

describe('one live stream per tab', () => {
  it('gives every listener every event over one stream and closes it with the last listener', () => {
    const sources: FakeSource[] = []
    const open = (url: string) => {
      const s = new FakeSource(url)
      sources.push(s)
      return s
    }
    const calls: string[] = []
    const layout = listenLive({ onRequest: () => calls.push('layout request'), onReload: () => {}, onCall: () => calls.push('layout call') }, { open })
    const queue = listenLive({ onRequest: () => calls.push('queue request'), onReload: () => {} }, { open })
    expect(sources).toHaveLength(1)

    sources[0].emit('ready')
    sources[0].emit('request', '{"requestId":1}')
    sources[0].emit('call', '{"callId":7}')
    expect(calls).toEqual(['layout request', 'queue request', 'layout call'])

    queue.close()
    expect(sources[0].closed).toBe(false)
    layout.close()
    expect(sources[0].closed).toBe(true)

    const again = listenLive({ onRequest: () => {}, onReload: () => {} }, { open })
    expect(sources).toHaveLength(2)
    again.close()
  })
})


import { ref, type Ref } from 'vue'

/** A `request` event of `GET /api/v1/live`: where a request the user may see stands now. */
export interface LiveRequestEvent {
  requestId: number
  number: string
  status: string
  assigneeId: number | null
  version: number | null
  change: string
  action: string | null
  limit: string | null
  at: string
}

/** A `call` event of `GET /api/v1/live`: the call centre reported a call for this agent (来电弹屏). */
export interface LiveCallEvent {
  callId: number
  at: string
}

export interface LiveHandlers {
  /** a request changed: update or refetch its row */
  onRequest: (event: LiveRequestEvent) => void
  /** changes may have been missed (a reconnection, or the server's `reload`): refetch the list */
  onReload: () => void
  /** an incoming call for the signed-in agent: open the intake with its caller */
  onCall?: (event: LiveCallEvent) => void
}

/** What the composable needs of an EventSource (the browser's, or a test's). */
export interface EventSourceLike {
  readyState: number
  onerror: ((event: Event) => void) | null
  addEventListener(type: string, listener: (event: MessageEvent) => void): void
  close(): void
}

export interface LiveOptions {
  url?: string
  open?: (url: string) => EventSourceLike
  random?: () => number
  setTimer?: (run: () => void, ms: number) => unknown
  clearTimer?: (timer: unknown) => void
}

export type LiveState = 'connecting' | 'open' | 'waiting'

const CLOSED = 2
const FIRST_DELAY_MS = 1000
const MAX_DELAY_MS = 60_000

/**
 * How long to wait before the `attempt`-th reconnection (0, 1, …): doubling from 1 s up to 60 s, each
 * between half and all of it at random, so that a restarted server is not met by every browser at once.
 */
export function backoffDelay(attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** Math.min(Math.max(attempt, 0), 16))
  return Math.round(ceiling / 2 + (ceiling / 2) * random())
}

/**
 * Listens to `GET /api/v1/live`. The browser reconnects a dropped stream by itself (the server then says
 * `reload`); a refused or failed connection (`429`, `401`, the server down) closes the EventSource, and
 * this reconnects with {@link backoffDelay}. Every `ready` after the first, and every `reload`, calls
 * `onReload`: whatever happened while no stream was open is fetched again.
 */
export function connectLive(handlers: LiveHandlers, options: LiveOptions = {}): { state: Ref<LiveState>; close: () => void } {
  const url = options.url ?? '/api/v1/live'
  const open = options.open ?? ((u: string) => new EventSource(u, { withCredentials: true }) as EventSourceLike)
  const setTimer = options.setTimer ?? ((run: () => void, ms: number) => setTimeout(run, ms))
  const clearTimer = options.clearTimer ?? ((t: unknown) => clearTimeout(t as ReturnType<typeof setTimeout>))
  const state = ref<LiveState>('connecting')
  let source: EventSourceLike | undefined
  let timer: unknown
  let attempt = 0
  let readyBefore = false
  let closed = false

  function connect() {
    timer = undefined
    state.value = 'connecting'
    const es = open(url)
    source = es
    es.addEventListener('ready', () => {
      state.value = 'open'
      attempt = 0
      if (readyBefore) {
        handlers.onReload()
      }
      readyBefore = true
    })
    es.addEventListener('reload', () => handlers.onReload())
    es.addEventListener('request', (event) => {
      try {
        handlers.onRequest(JSON.parse(event.data) as LiveRequestEvent)
      } catch {
        handlers.onReload()
      }
    })
    es.addEventListener('call', (event) => {
      try {
        handlers.onCall?.(JSON.parse(event.data) as LiveCallEvent)
      } catch {
        // a call event that cannot be read pops nothing up
      }
    })
    es.onerror = () => {
      if (closed || es !== source) {
        return
      }
      if (es.readyState === CLOSED) {
        es.close()
        state.value = 'waiting'
        readyBefore = true
        timer = setTimer(connect, backoffDelay(attempt++, options.random))
      } else {
        state.value = 'connecting'
      }
    }
  }

  connect()
  return {
    state,
    close() {
      closed = true
      source?.close()
      if (timer !== undefined) {
        clearTimer(timer)
      }
    },
  }
}

const listeners = new Set<LiveHandlers>()
let shared: { state: Ref<LiveState>; close: () => void } | undefined

/**
 * One stream per browser tab however many parts of the page listen (the layout for calls, a queue or the
 * dispatch board for requests): each gets every event, and the stream closes with the last listener. The
 * server allows a few streams per account, and a page that opened one per listener would use them up.
 * `options` apply when this call opens the stream.
 */
export function listenLive(handlers: LiveHandlers, options: LiveOptions = {}): { state: Ref<LiveState>; close: () => void } {
  listeners.add(handlers)
  if (!shared) {
    shared = connectLive({
      onRequest: (event) => [...listeners].forEach((h) => h.onRequest(event)),
      onReload: () => [...listeners].forEach((h) => h.onReload()),
      onCall: (event) => [...listeners].forEach((h) => h.onCall?.(event)),
    }, options)
  }
  const stream = shared
  return {
    state: stream.state,
    close() {
      listeners.delete(handlers)
      if (listeners.size === 0 && shared === stream) {
        stream.close()
        shared = undefined
      }
    },
  }
}

/**
 * `run` calls `work` once, a `ms` after the first call, however many calls come in between: a burst of live
 * changes costs one refetch. `cancel` forgets a pending call (when the screen goes).
 */
export function throttle(
  work: () => unknown,
  ms: number,
  setTimer: (run: () => void, ms: number) => unknown = (run, wait) => setTimeout(run, wait),
  clearTimer: (timer: unknown) => void = (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
): { run: () => void; cancel: () => void } {
  let timer: unknown
  return {
    run() {
      if (timer === undefined) {
        timer = setTimer(() => {
          timer = undefined
          work()
        }, ms)
      }
    },
    cancel() {
      if (timer !== undefined) {
        clearTimer(timer)
        timer = undefined
      }
    },
  }
}

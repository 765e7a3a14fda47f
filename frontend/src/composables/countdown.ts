import { getCurrentScope, onScopeDispose, readonly, ref, type Ref } from 'vue'

/** A clock's state as the time-limits API names it (open clocks only). */
export type ClockState = 'RUNNING' | 'WARNING' | 'BREACHED' | 'PAUSED'

/** One open clock as `GET /api/v1/time-limits` answers it, with the moment the answer arrived. */
export interface ClockSnapshot {
  requestId: number
  limit: string
  name?: string
  state: ClockState
  warnAt?: string | null
  dueAt: string
  /** working seconds left when fetched (working-time limits), frozen while paused, null once breached */
  remainingSeconds?: number | null
  workingTime?: boolean
  /** Date.now() when the answer arrived */
  fetchedAt: number
}

/** A clock as a person reads it at one moment. */
export interface ClockReading {
  state: ClockState
  /** seconds left (0 once breached) */
  remainingSeconds: number
  /** seconds past the due time (0 before it) */
  overdueSeconds: number
}

/**
 * The clock at `now` (ms): a paused clock stands still; otherwise the state moves on by the clock's own
 * instants — past `dueAt` it is BREACHED, past `warnAt` a RUNNING clock is WARNING — without asking the
 * server. The time left counts down from the answer's `remainingSeconds` for working-time limits (the
 * browser does not know the business calendar: outside working hours it counts faster than the server
 * until the next answer), else to `dueAt`.
 */
export function readClock(clock: ClockSnapshot, now: number): ClockReading {
  const due = Date.parse(clock.dueAt)
  if (clock.state === 'PAUSED') {
    return { state: 'PAUSED', remainingSeconds: Math.max(0, clock.remainingSeconds ?? 0), overdueSeconds: 0 }
  }
  if (clock.state === 'BREACHED' || now >= due) {
    return { state: 'BREACHED', remainingSeconds: 0, overdueSeconds: Math.max(0, Math.floor((now - due) / 1000)) }
  }
  const warned = clock.state === 'WARNING' || (clock.warnAt != null && now >= Date.parse(clock.warnAt))
  const wall = Math.ceil((due - now) / 1000)
  const remaining =
    clock.workingTime && clock.remainingSeconds != null
      ? Math.min(wall, Math.max(0, clock.remainingSeconds - Math.floor((now - clock.fetchedAt) / 1000)))
      : wall
  return { state: warned ? 'WARNING' : 'RUNNING', remainingSeconds: remaining, overdueSeconds: 0 }
}

const URGENCY: Record<ClockState, number> = { BREACHED: 0, WARNING: 1, RUNNING: 2, PAUSED: 3 }

/** The clock a row shows: the most urgent one — breached before warning before running before paused, then the soonest due. */
export function mostUrgent(clocks: readonly ClockSnapshot[], now: number): ClockSnapshot | undefined {
  let best: ClockSnapshot | undefined
  let bestKey: [number, number] = [Infinity, Infinity]
  for (const clock of clocks) {
    const key: [number, number] = [URGENCY[readClock(clock, now).state], Date.parse(clock.dueAt)]
    if (key[0] < bestKey[0] || (key[0] === bestKey[0] && key[1] < bestKey[1])) {
      best = clock
      bestKey = key
    }
  }
  return best
}

/** Days, and hours:minutes:seconds — "2:05:09", with the days apart for the caller to word. */
export function splitDuration(seconds: number): { days: number; clock: string } {
  const s = Math.max(0, Math.floor(seconds))
  const days = Math.floor(s / 86400)
  const rest = s % 86400
  const pad = (n: number) => String(n).padStart(2, '0')
  return { days, clock: `${Math.floor(rest / 3600)}:${pad(Math.floor((rest % 3600) / 60))}:${pad(rest % 60)}` }
}

/** The CSS class of each state's colour (workbench.css): green, amber, red, grey. */
export function stateClass(state: ClockState): string {
  return 'clock-' + state.toLowerCase()
}

// One ticker for the whole page: every countdown reads the same `now`, and one interval runs while at least
// one countdown is on screen (not one timer per row).
const now = ref(Date.now())
let users = 0
let timer: ReturnType<typeof setInterval> | undefined

function subscribe() {
  if (users++ === 0) {
    now.value = Date.now()
    timer = setInterval(() => (now.value = Date.now()), 1000)
  }
}

function unsubscribe() {
  if (--users === 0 && timer !== undefined) {
    clearInterval(timer)
    timer = undefined
  }
}

/** The shared ticker's `now` (ms), updated every second while any component in scope uses it. */
export function useNow(): Readonly<Ref<number>> {
  subscribe()
  if (getCurrentScope()) {
    onScopeDispose(unsubscribe)
  }
  return readonly(now)
}

/** How many users the shared ticker has, and whether its interval runs (for tests). */
export function tickerUsers(): { users: number; running: boolean } {
  return { users, running: timer !== undefined }
}

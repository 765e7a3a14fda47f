import { useRouter } from 'vue-router'
import type { LiveCallEvent } from './live'

/**
 * 来电弹屏: a call the call centre reports for this agent opens the intake with its caller. Given to the live
 * stream of the screens that hold one (the queues, the dispatch board), so that no other screen opens a stream
 * only to wait for calls.
 */
export function useScreenPop(): (event: LiveCallEvent) => void {
  const router = useRouter()
  return (event) => {
    router.push({ name: 'intake', query: { call: String(event.callId) } })
  }
}

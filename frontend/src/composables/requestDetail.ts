import { ref, watch, type Ref } from 'vue'
import { api } from '@/api/client'
import { ApiError, showProblem, type ShownProblem } from '@/api/problem'
import type { TimelineEntry } from '@/api/types'

type Translate = Parameters<typeof showProblem>[1]

/**
 * A request and its timeline, loaded together for the request given by `id` and again whenever it
 * changes; the server decides what the caller may see of both. An answer with one of
 * `missingStatuses` means the request is not there for this caller (`missing`); any failure is
 * shown as `problem`. `reload` reads both again, e.g. after a step.
 */
export function useRequestDetail<T>(id: () => string, missingStatuses: number[], t: Translate) {
  const request = ref(null) as Ref<T | null>
  const timeline = ref<TimelineEntry[]>([])
  const loading = ref(true)
  const missing = ref(false)
  const problem = ref<ShownProblem | null>(null)

  async function load(requestId: number, quietly = false) {
    loading.value = !quietly
    missing.value = false
    problem.value = null
    try {
      const path = { params: { path: { id: requestId } } }
      const [shown, steps] = await Promise.all([api.GET('/api/v1/requests/{id}', path), api.GET('/api/v1/requests/{id}/timeline', path)])
      request.value = (shown.data ?? null) as T | null
      timeline.value = (steps.data ?? []) as TimelineEntry[]
    } catch (e) {
      missing.value = e instanceof ApiError && missingStatuses.includes(e.status)
      problem.value = showProblem(e, t)
    } finally {
      loading.value = false
    }
  }

  watch(id, (value) => load(Number(value)), { immediate: true })
  /** Loads both again without the loading state (after a step: the new version and allowed steps). */
  const reload = () => load(Number(id()), true)
  return { request, timeline, loading, missing, problem, reload }
}

import { onScopeDispose, ref, watch, type Ref } from 'vue'
import { api } from '@/api/client'
import { showProblem, type ShownProblem } from '@/api/problem'
import type { Category, LookupResult, Similar } from './intake'

type Translate = Parameters<typeof showProblem>[1]

/** How long the lookup waits after the last key before it asks the server. */
export const LOOKUP_DELAY_MS = 300

/**
 * Whether a query is worth sending: the server reads a name (even one character, 林), a unit, or a phone
 * number from its last 4 digits on; fewer digits would only earn a 400 while the agent is still typing.
 */
export function worthLooking(q: string): boolean {
  const text = q.trim()
  if (text === '' || text.length > 60) return false
  const digits = text.replace(/[\s\-()+]/g, '')
  return !/^\d{1,3}$/.test(digits)
}

/**
 * The intake lookup as the agent types: one call {@link LOOKUP_DELAY_MS} after the last key (or at once with
 * `now()`, for Enter), only the answer to the latest query shown, a refused query as its problem.
 */
export function useIntakeLookup(t: Translate, delay = LOOKUP_DELAY_MS) {
  const query = ref('')
  const result = ref<LookupResult | null>(null)
  const problem = ref<ShownProblem | null>(null)
  const loading = ref(false)
  let timer: ReturnType<typeof setTimeout> | undefined
  let sequence = 0

  async function run(): Promise<void> {
    clearTimeout(timer)
    const q = query.value.trim()
    const mine = ++sequence
    if (!worthLooking(q)) {
      result.value = null
      problem.value = null
      loading.value = false
      return
    }
    loading.value = true
    try {
      const { data } = await api.GET('/api/v1/intake/lookup', { params: { query: { q } } })
      if (mine === sequence) {
        result.value = data ?? null
        problem.value = null
      }
    } catch (e) {
      if (mine === sequence) {
        result.value = null
        problem.value = showProblem(e, t)
      }
    } finally {
      if (mine === sequence) loading.value = false
    }
  }

  watch(query, () => {
    clearTimeout(timer)
    timer = setTimeout(run, delay)
  })

  function reset() {
    clearTimeout(timer)
    sequence++
    query.value = ''
    result.value = null
    problem.value = null
    loading.value = false
  }

  onScopeDispose(() => clearTimeout(timer))
  return { query, result, problem, loading, now: run, reset }
}

/**
 * The earlier requests on the chosen unit about the same problem (same category), asked again whenever the
 * unit or the category changes; only the latest answer counts. Without a unit and a category the server has
 * nothing to compare (it asks for a category or a component): `proposals` in intake.ts covers that case.
 */
export function useSimilarRequests(unitId: () => number | null | undefined, category: () => Category | null) {
  const similar: Ref<Similar[]> = ref([])
  let sequence = 0

  async function load() {
    const mine = ++sequence
    const unit = unitId()
    const c = category()
    if (!unit || !c) {
      similar.value = []
      return
    }
    try {
      const { data } = await api.GET('/api/v1/requests/similar', { params: { query: { unitId: unit, category: c } } })
      if (mine === sequence) similar.value = data ?? []
    } catch {
      // a proposal, not a step: without it the agent still registers the request
      if (mine === sequence) similar.value = []
    }
  }

  watch([unitId, category], load, { immediate: true })
  return { similar, reload: load }
}

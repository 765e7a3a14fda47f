import { ref, type Ref } from 'vue'
import { showProblem, type ShownProblem } from '@/api/problem'

type Translate = Parameters<typeof showProblem>[1]

/** A page of the API's cursor lists (`CursorPage`): its rows and the cursor of the next page, if any. */
export interface CursorPageOf<T> {
  items?: T[]
  next?: string | null
}

/**
 * A list read page by page with the API's cursor: `load()` reads the first page again (after a filter or the
 * language changed), `load(true)` appends the next one. While a call runs `loading` is set; a failure is shown
 * as `problem` and leaves the rows as they were.
 */
export function useCursorPages<T>(fetchPage: (cursor: string | undefined) => Promise<CursorPageOf<T> | undefined>, t: Translate) {
  const rows = ref([]) as Ref<T[]>
  const next = ref<string | undefined>()
  const loading = ref(false)
  const problem = ref<ShownProblem | null>(null)

  async function load(more = false) {
    loading.value = true
    problem.value = null
    try {
      const page = await fetchPage(more ? next.value : undefined)
      rows.value = more ? rows.value.concat(page?.items ?? []) : (page?.items ?? [])
      next.value = page?.next ?? undefined
    } catch (e) {
      problem.value = showProblem(e, t)
    } finally {
      loading.value = false
    }
  }

  return { rows, next, loading, problem, load }
}

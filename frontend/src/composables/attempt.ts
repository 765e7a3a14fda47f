import { ref } from 'vue'
import { showProblem, type ShownProblem } from '@/api/problem'

type Translate = Parameters<typeof showProblem>[1]

/**
 * One user action that calls the server (sign in, send a code): `busy` while it runs, and the
 * problem it ended with, in the user's language, else null. `onError` replaces the default of
 * showing the problem, for an action that treats some failures as an answer.
 */
export function useAttempt(t: Translate) {
  const busy = ref(false)
  const problem = ref<ShownProblem | null>(null)

  function fail(e: unknown) {
    problem.value = showProblem(e, t)
  }

  async function attempt(work: () => Promise<unknown>, onError: (e: unknown) => void = fail): Promise<void> {
    busy.value = true
    problem.value = null
    try {
      await work()
    } catch (e) {
      onError(e)
    } finally {
      busy.value = false
    }
  }

  return { busy, problem, attempt, fail }
}

import { ref, type Ref } from 'vue'
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

  /** Runs the work; true when it succeeded, false when it failed (and the failure was shown or handled). */
  async function attempt(work: () => Promise<unknown>, onError: (e: unknown) => void = fail): Promise<boolean> {
    busy.value = true
    problem.value = null
    try {
      await work()
      return true
    } catch (e) {
      onError(e)
      return false
    } finally {
      busy.value = false
    }
  }

  return { busy, problem, attempt, fail }
}

type Attempt = ReturnType<typeof useAttempt>['attempt']

/** A list screen whose rows are deleted after a confirmation dialog (a synonym set, a contingency plan). */
export interface ListScreen<T> {
  /** the row the confirmation dialog asks about, null when it is closed */
  deleting: Ref<T | null>
  /** what the screen says was done */
  done: Ref<string>
  /** the problem the screen shows above its list */
  loadProblem: Ref<ShownProblem | null>
  load: () => Promise<unknown>
}

/**
 * The delete the confirmation dialog asked about: the dialog closes either way; done, the screen says what went
 * (`said`) and reloads its list; refused, the screen shows the problem above the list.
 */
export function removeConfirmed<T>(attempt: Attempt, t: Translate, screen: ListScreen<T>,
  call: (row: T) => Promise<unknown>, said: (row: T) => string): Promise<boolean> {
  const row = screen.deleting.value
  if (row === null) return Promise.resolve(false)
  return attempt(async () => {
    await call(row)
    screen.deleting.value = null
    screen.done.value = said(row)
    await screen.load()
  }, (e) => {
    screen.deleting.value = null
    screen.loadProblem.value = showProblem(e, t)
  })
}

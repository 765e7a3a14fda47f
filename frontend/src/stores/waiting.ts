import { defineStore } from 'pinia'
import { api } from '@/api/client'
import type { RequestRow } from '@/api/types'

/** How many of the owner's requests are read at most for the first group and the badge. */
export const WAITING_LIMIT = 100

/**
 * The owner's requests that wait on them (`GET /api/v1/requests?awaitingMe=true`): the first group of the list
 * and the count on the tab. Refreshed when the list opens and after the owner answered on a request. Callers
 * that ask while a refresh is under way share its answer: at the portal's start the tab bar and the list both
 * ask, and one call (the early one of `m/early.js`) serves both instead of a second round trip.
 */
let inFlight: Promise<void> | null = null

export const useWaiting = defineStore('waiting', {
  state: () => ({ rows: [] as RequestRow[], more: false }),
  actions: {
    refresh(): Promise<void> {
      inFlight ??= api
        .GET('/api/v1/requests', { params: { query: { awaitingMe: true, limit: WAITING_LIMIT } } })
        .then(({ data }) => {
          this.rows = (data?.items ?? []) as RequestRow[]
          this.more = !!data?.next
        })
        .finally(() => (inFlight = null))
      return inFlight
    },
  },
})

import { defineStore } from 'pinia'
import { api } from '@/api/client'
import type { RequestRow } from '@/api/types'

/** How many of the owner's requests are read at most for the first group and the badge. */
export const WAITING_LIMIT = 100

/**
 * The owner's requests that wait on them (`GET /api/v1/requests?awaitingMe=true`): the first group of the list
 * and the count on the tab. Refreshed when the list opens and after the owner answered on a request.
 */
export const useWaiting = defineStore('waiting', {
  state: () => ({ rows: [] as RequestRow[], more: false }),
  actions: {
    async refresh() {
      const { data } = await api.GET('/api/v1/requests', { params: { query: { awaitingMe: true, limit: WAITING_LIMIT } } })
      this.rows = (data?.items ?? []) as RequestRow[]
      this.more = !!data?.next
    },
  },
})

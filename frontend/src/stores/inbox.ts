import { defineStore } from 'pinia'
import { api } from '@/api/client'

/** The unread count behind the badge; the inbox screen refreshes it when it marks a message read. */
export const useInbox = defineStore('inbox', {
  state: () => ({ unread: 0 }),
  actions: {
    async refreshCount() {
      try {
        const { data } = await api.GET('/api/v1/me/inbox/unread-count')
        this.unread = Number(data?.count ?? 0)
      } catch {
        // the badge keeps its last count; the screens show their own errors
      }
    },
  },
})

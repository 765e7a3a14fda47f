import { defineStore } from 'pinia'
import { api, ensureXsrfToken, signIn as postSignIn, signOut as postSignOut } from '@/api/client'
import { ApiError } from '@/api/problem'
import type { CurrentUser, Role } from '@/api/types'
import { writeSessionHint } from '@/api/sessionHint'
import type { SignInStep } from '@/api/signInStep'

/** The signed-in user (GET /api/v1/me), or null before sign-in. */
export const useSession = defineStore('session', {
  // pendingStep: after a right password, the second factor's step still to come (CODE or ENROL), else DONE
  state: () => ({ user: null as CurrentUser | null, checked: false, pendingStep: 'DONE' as SignInStep }),
  getters: {
    roles: (state): Role[] => state.user?.roles ?? [],
    isOwner: (state): boolean => state.user?.owner === true,
  },
  actions: {
    /** Asks the server who is signed in; a 401 means nobody. */
    async load(): Promise<CurrentUser | null> {
      try {
        const { data } = await api.GET('/api/v1/me')
        this.user = data ?? null
      } catch (e) {
        if (!(e instanceof ApiError && e.status === 401)) {
          throw e
        }
        this.user = null
      }
      this.checked = true
      writeSessionHint(this.user ? (this.user.owner ? 'owner' : 'staff') : null)
      return this.user
    },
    /** The password; null while the second factor's step ({@link pendingStep}) is still to come. */
    async signIn(username: string, password: string) {
      this.pendingStep = await postSignIn(username, password)
      return this.pendingStep === 'DONE' ? this.load() : null
    },
    /** The second factor's step finished (the session is signed in now). */
    async secondFactorDone() {
      this.pendingStep = 'DONE'
      return this.load()
    },
    /** The owner portal's sign-in by phone number and one-time code (204, or a problem thrown as ApiError). */
    async signInByCode(phone: string, code: string, company?: number) {
      await ensureXsrfToken()
      await api.POST('/api/v1/portal/session', { body: { phone, code, ...(company ? { company } : {}) } })
      return this.load()
    },
    async signOut() {
      await postSignOut()
      this.user = null
      writeSessionHint(null)
    },
    hasAnyRole(wanted: readonly Role[]): boolean {
      return wanted.length === 0 || this.roles.some((r) => wanted.includes(r))
    },
  },
})

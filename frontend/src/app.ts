import { createApp, type Component } from 'vue'
import { createPinia } from 'pinia'
import type { Router } from 'vue-router'
import { makeI18n } from './i18n'
import { whenUnauthenticated } from './api/client'
import { useSession } from './stores/session'
import { writeSessionHint } from './api/sessionHint'

/**
 * Starts one of the two apps (the workbench, the portal) in #app: its messages in Chinese and
 * English, its store and router; returns its i18n instance.
 */
export function startApp<M extends object>(App: Component, router: Router, zh: M, en: M) {
  const i18n = makeI18n(zh, en)
  document.documentElement.lang = i18n.global.locale.value

  const app = createApp(App).use(createPinia()).use(i18n).use(router)
  // a session that ends while the app is open (expired, signed out elsewhere): back to the sign-in screen;
  // before anyone signed in, the router's guard does that
  whenUnauthenticated(() => {
    writeSessionHint(null)
    const session = useSession()
    if (!session.user) {
      return
    }
    session.user = null
    if (router.currentRoute.value.name !== 'sign-in') {
      router.push({ name: 'sign-in', query: { next: router.currentRoute.value.fullPath } })
    }
  })
  app.mount('#app')
  return i18n
}

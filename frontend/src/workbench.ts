import { createApp } from 'vue'
import { createPinia } from 'pinia'
import 'element-plus/theme-chalk/base.css'
import App from './views/workbench/WorkbenchApp.vue'
import { router } from './router/workbench'
import { makeI18n } from './i18n'
import zh from './i18n/workbench.zh-CN'
import en from './i18n/workbench.en'
import { whenUnauthenticated } from './api/client'
import { useSession } from './stores/session'
import './views/workbench/workbench.css'

export const i18n = makeI18n(zh, en)
document.documentElement.lang = i18n.global.locale.value

const app = createApp(App).use(createPinia()).use(i18n).use(router)
// a session that ends while the app is open (expired, signed out elsewhere): back to the sign-in screen;
// before anyone signed in, the router's guard does that
whenUnauthenticated(() => {
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

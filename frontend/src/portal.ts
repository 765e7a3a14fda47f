import App from './views/portal/PortalApp.vue'
import { router } from './router/portal'
import zh from './i18n/portal.zh-CN'
import en from './i18n/portal.en'
import { startApp } from './app'
import './views/portal/portal.css'

export const i18n = startApp(App, router, zh, en)

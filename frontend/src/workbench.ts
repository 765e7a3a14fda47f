import 'element-plus/theme-chalk/base.css'
import App from './views/workbench/WorkbenchApp.vue'
import { router } from './router/workbench'
import zh from './i18n/workbench.zh-CN'
import en from './i18n/workbench.en'
import { startApp } from './app'
import './views/workbench/workbench.css'

export const i18n = startApp(App, router, zh, en)

import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router'
import { useSession } from '@/stores/session'
import { RULE_READERS, STAFF } from './menu'
import type { Role } from '@/api/types'

declare module 'vue-router' {
  interface RouteMeta {
    /** roles that may open the screen; none: anyone, signed in or not */
    roles?: readonly Role[]
  }
}

// Each screen is its own chunk (route-level splitting keeps the first load small).
const routes: RouteRecordRaw[] = [
  { path: '/sign-in', name: 'sign-in', component: () => import('@/views/workbench/SignInView.vue') },
  {
    path: '/',
    component: () => import('@/views/workbench/WorkbenchLayout.vue'),
    children: [
      { path: '', redirect: { name: 'requests' } },
      { path: 'requests', name: 'requests', component: () => import('@/views/workbench/RequestListView.vue'), meta: { roles: STAFF } },
      { path: 'requests/:id(\\d+)', name: 'request', component: () => import('@/views/workbench/RequestDetailView.vue'), meta: { roles: STAFF }, props: true },
      { path: 'inbox', name: 'inbox', component: () => import('@/views/workbench/InboxView.vue'), meta: { roles: STAFF } },
      { path: 'admin/policies', name: 'admin-policies', component: () => import('@/views/workbench/admin/PoliciesView.vue'), meta: { roles: RULE_READERS } },
      { path: 'admin/calendar', name: 'admin-calendar', component: () => import('@/views/workbench/admin/CalendarView.vue'), meta: { roles: RULE_READERS } },
      { path: ':unknown(.*)*', name: 'not-found', component: () => import('@/views/workbench/NotFoundView.vue') },
    ],
  },
]

export const router = createRouter({ history: createWebHistory('/'), routes })

router.beforeEach(async (to) => {
  const session = useSession()
  if (!session.checked) {
    await session.load()
  }
  if (to.name === 'sign-in') {
    return session.user && !session.isOwner ? { name: 'requests' } : true
  }
  if (!session.user) {
    return { name: 'sign-in', query: to.fullPath === '/' ? {} : { next: to.fullPath } }
  }
  if (session.isOwner) {
    window.location.assign('/m/')
    return false
  }
  if (to.meta.roles && !session.hasAnyRole(to.meta.roles)) {
    return { name: 'not-found', params: { unknown: to.path.substring(1).split('/') } }
  }
  return true
})

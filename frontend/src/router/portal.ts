import { createRouter, createWebHistory } from 'vue-router'
import { useSession } from '@/stores/session'
// The two first screens come with the app, not as chunks of their own: one round trip less before either shows
// (562.5 ms on DevTools' "Fast 3G"); see docs/performance.md, "Web budgets".
import SignInView from '@/views/portal/SignInView.vue'
import MyRequestsView from '@/views/portal/MyRequestsView.vue'

export const router = createRouter({
  history: createWebHistory('/m/'),
  routes: [
    { path: '/sign-in', name: 'sign-in', component: SignInView },
    { path: '/', redirect: { name: 'requests' } },
    { path: '/requests', name: 'requests', component: MyRequestsView },
    { path: '/report', name: 'report', component: () => import('@/views/portal/ReportView.vue') },
    { path: '/requests/:id(\\d+)', name: 'request', component: () => import('@/views/portal/RequestDetailView.vue'), props: true },
    { path: '/me', name: 'me', component: () => import('@/views/portal/MeView.vue') },
    { path: '/:unknown(.*)*', name: 'not-found', component: () => import('@/views/portal/NotFoundView.vue') },
  ],
})

router.beforeEach(async (to) => {
  const session = useSession()
  if (!session.checked) {
    await session.load()
  }
  if (to.name === 'sign-in' || to.name === 'not-found') {
    return true
  }
  if (!session.user) {
    return { name: 'sign-in', query: { next: to.fullPath } }
  }
  if (!session.isOwner) {
    // staff work in the workbench
    window.location.assign('/')
    return false
  }
  return true
})

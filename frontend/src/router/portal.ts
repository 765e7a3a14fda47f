import { createRouter, createWebHistory } from 'vue-router'
import { useSession } from '@/stores/session'

export const router = createRouter({
  history: createWebHistory('/m/'),
  routes: [
    { path: '/sign-in', name: 'sign-in', component: () => import('@/views/portal/SignInView.vue') },
    { path: '/', redirect: { name: 'requests' } },
    { path: '/requests', name: 'requests', component: () => import('@/views/portal/MyRequestsView.vue') },
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
